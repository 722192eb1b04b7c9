import { CommonModule } from '@angular/common';
import { NgModule } from '@angular/core';
import { I18nModule } from '@spartacus/core';
import { ExstreamLoadErrorComponent } from './load-error.component';

@NgModule({
  imports: [CommonModule, I18nModule],
  declarations: [ExstreamLoadErrorComponent],
  exports: [ExstreamLoadErrorComponent],
})
export class LoadErrorModule {}
