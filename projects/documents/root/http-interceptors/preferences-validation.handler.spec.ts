import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { GlobalMessageService, Priority } from '@spartacus/core';
import { CommunicationPreferencesValidationHandler } from './preferences-validation.handler';

describe('CommunicationPreferencesValidationHandler', () => {
  let handler: CommunicationPreferencesValidationHandler;
  let messages: jasmine.SpyObj<GlobalMessageService>;
  const url = 'https://shop.example.com/occ/v2/electronics-spa/users/current/communicationPreferences';
  const validation = { errors: [{ type: 'ValidationError', subject: 'preferences[1].channel', reason: 'invalid' }] };

  beforeEach(() => {
    messages = jasmine.createSpyObj('GlobalMessageService', ['add']);
    TestBed.configureTestingModule({
      providers: [{ provide: GlobalMessageService, useValue: messages }],
    });
    handler = TestBed.inject(CommunicationPreferencesValidationHandler);
  });

  it('takes over validation errors of a preferences save, without a global message', () => {
    const response = new HttpErrorResponse({ status: 400, url: `${url}?lang=en&curr=USD`, error: validation });
    expect(handler.hasMatch(response)).toBe(true);
    expect(handler.getPriority()).toBe(Priority.HIGH);
    handler.handleError();
    expect(messages.add).not.toHaveBeenCalled();
  });

  it('leaves every other error to Spartacus', () => {
    expect(handler.hasMatch(new HttpErrorResponse({ status: 400, url, error: { errors: [{ type: 'UnknownError' }] } }))).toBe(false);
    expect(handler.hasMatch(new HttpErrorResponse({ status: 500, url, error: validation }))).toBe(false);
    expect(
      handler.hasMatch(new HttpErrorResponse({ status: 400, url: url.replace('communicationPreferences', 'addresses'), error: validation }))
    ).toBe(false);
    expect(handler.hasMatch(new HttpErrorResponse({ status: 400, url: `${url}/history`, error: validation }))).toBe(false);
  });
});
