import { expect } from '@open-wc/testing';

describe('test environment', () => {
  it('runs in a time zone that is not UTC, so UTC bugs show', () => {
    expect(new Date(Date.UTC(2019, 3, 1)).getTimezoneOffset()).to.not.equal(0);
  });
});
