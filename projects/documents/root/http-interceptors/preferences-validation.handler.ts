import { HttpErrorResponse } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { HttpErrorHandler, HttpResponseStatus, Priority } from '@spartacus/core';

/**
 * A rejected save of the communication preferences (400 with
 * `ValidationError`s) is shown next to each field by the preferences
 * component. Without this handler Spartacus' own `BadRequestHandler` would
 * also raise one global message per error, keyed by the server's subject.
 */
@Injectable({ providedIn: 'root' })
export class CommunicationPreferencesValidationHandler extends HttpErrorHandler {
  responseStatus = HttpResponseStatus.BAD_REQUEST;

  hasMatch(errorResponse: HttpErrorResponse): boolean {
    return (
      super.hasMatch(errorResponse) &&
      /\/users\/[^/]+\/communicationPreferences(?:[?#]|$)/.test(errorResponse.url ?? '') &&
      this.getErrors(errorResponse).some((error) => error?.type === 'ValidationError')
    );
  }

  handleError(): void {
    // shown next to the fields by ExstreamCommunicationPreferencesComponent
  }

  getPriority(): Priority {
    return Priority.HIGH;
  }

  protected getErrors(response: HttpErrorResponse): { type?: string }[] {
    const errors = (response.error as { errors?: unknown } | null)?.errors;
    return Array.isArray(errors) ? errors : [];
  }
}
