import { NgModule } from '@angular/core';
import { DocumentsComponentsModule } from '@exstream-spartacus/documents/components';
import { DocumentsCoreModule } from '@exstream-spartacus/documents/core';
import { DocumentsOccModule } from '@exstream-spartacus/documents/occ';

/**
 * The lazily loaded feature module: core, OCC adapter and CMS components.
 * Apps reference it from their `featureModules` configuration.
 */
@NgModule({
  imports: [DocumentsCoreModule, DocumentsOccModule, DocumentsComponentsModule],
})
export class ExstreamDocumentsModule {}
