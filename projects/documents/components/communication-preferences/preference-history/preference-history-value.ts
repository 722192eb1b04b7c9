import { CommunicationPreferenceChange } from '@exstream-spartacus/documents/root';

/** Translation key for a value in the history (`from`/`to`). */
export function historyValueKey(
  change: CommunicationPreferenceChange,
  value: unknown
): string {
  if (value === null || value === undefined || value === '') {
    return 'exstreamCommunicationPreferences.history.none';
  }
  switch (change.field) {
    case 'channel':
      return `exstreamCommunicationPreferences.channels.${value}`;
    case 'format':
      return `exstreamCommunicationPreferences.formats.${value}`;
    case 'language':
      return `exstreamCommunicationPreferences.languages.${value}`;
    case 'paperless':
      return value === true || value === 'true'
        ? 'exstreamCommunicationPreferences.history.yes'
        : 'exstreamCommunicationPreferences.history.no';
    default:
      return String(value);
  }
}
