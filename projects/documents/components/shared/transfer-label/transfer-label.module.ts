import { NgModule } from '@angular/core';
import { TransferLabelPipe } from './transfer-label.pipe';

@NgModule({
  declarations: [TransferLabelPipe],
  exports: [TransferLabelPipe],
})
export class TransferLabelModule {}
