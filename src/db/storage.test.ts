import { afterEach, describe, expect, it, vi } from 'vitest';
import { persistenceStatus, requestPersistence, storageEstimate } from './storage';

function stubStorage(storage: Partial<StorageManager> | undefined) {
  vi.stubGlobal('navigator', { ...navigator, storage });
}
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('requestPersistence', () => {
  it('is unsupported where the browser has no StorageManager (jsdom, insecure pages)', async () => {
    stubStorage(undefined);
    expect(await requestPersistence()).toBe('unsupported');
    expect(await persistenceStatus()).toBe('unsupported');
    expect(await storageEstimate()).toBeNull();
  });

  it('does not ask again when storage is already persistent', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    stubStorage({ persisted: () => Promise.resolve(true), persist });
    expect(await requestPersistence()).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
  });

  it.each([
    [true, 'granted'],
    [false, 'denied'],
  ] as const)('reports the browser’s answer (%s → %s)', async (answer, expected) => {
    stubStorage({ persisted: () => Promise.resolve(false), persist: () => Promise.resolve(answer) });
    expect(await requestPersistence()).toBe(expected);
    expect(await persistenceStatus()).toBe('not-persistent');
  });

  it('treats a browser that throws as unsupported', async () => {
    stubStorage({ persisted: () => Promise.reject(new Error('no')), persist: () => Promise.resolve(true) });
    expect(await requestPersistence()).toBe('unsupported');
  });
});

describe('storageEstimate', () => {
  it('gives usage and quota when the browser tells both', async () => {
    stubStorage({ estimate: () => Promise.resolve({ usage: 1_200_000, quota: 300_000_000 }) });
    expect(await storageEstimate()).toEqual({ usage: 1_200_000, quota: 300_000_000 });
  });

  it('is null when the browser leaves them out', async () => {
    stubStorage({ estimate: () => Promise.resolve({}) });
    expect(await storageEstimate()).toBeNull();
  });
});
