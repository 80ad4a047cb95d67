// Test environment: jest-dom matchers, an in-memory IndexedDB, French wording, a clean DOM per test.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import i18n from '../i18n';
import { resources } from '../i18n/resources';

// Tests read the wording synchronously: every bundle is added up front.
for (const [lng, namespaces] of Object.entries(resources)) {
  for (const [ns, bundle] of Object.entries(namespaces)) i18n.addResourceBundle(lng, ns, bundle, true, true);
}

// What a page shows after reading a file or the database may take seconds on a loaded machine.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
