// Test environment: jest-dom matchers, an in-memory IndexedDB, and French wording loaded.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import '../i18n';
