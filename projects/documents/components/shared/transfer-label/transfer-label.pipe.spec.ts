import { TransferLabelPipe } from './transfer-label.pipe';

describe('TransferLabelPipe', () => {
  const pipe = new TransferLabelPipe();

  it('names the idle text while nothing runs', () => {
    expect(pipe.transform(undefined, 'exstreamDocuments.download')).toEqual({
      key: 'exstreamDocuments.download',
    });
  });

  it('says "downloading", with the percentage once it is known', () => {
    expect(pipe.transform({}, 'exstreamDocuments.download')).toEqual({
      key: 'exstreamDocuments.downloading',
      params: { percent: undefined },
    });
    expect(pipe.transform({ percent: 40 }, 'exstreamDocuments.download')).toEqual({
      key: 'exstreamDocuments.downloadingPercent',
      params: { percent: 40 },
    });
  });
});
