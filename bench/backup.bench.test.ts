// @vitest-environment node
// Benchmark set-up (npm run bench), not a test of behaviour: writes a backup file holding one complete
// bilan (every instrument answered, notes, reflections and a development plan), built from the app's
// own domain code. scripts/bench.mjs imports it through « Mes données » into the Chromium profile
// Lighthouse runs in, so the questionnaire and profile pages it audits show a full bilan.
import { mkdir, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { CompetencyId } from '../src/domain/content/grid';
import { CONTENT_VERSION } from '../src/domain/content/version';
import { buildBackup, parseBackup, serializeBackup } from '../src/domain/exchange/backup';
import { completeBilanWithNotes } from './fixtures';

const BACKUP_FILE = '.bench/complete-backup.json';
const BILAN_ID = '6f1c2d3e-4b5a-4c6d-8e7f-000000000b1a';
const DAY = 24 * 60 * 60 * 1000;

describe('complete backup for the Lighthouse benchmark', () => {
  it('writes a backup of one complete bilan that the app accepts', async () => {
    const now = Date.now();
    const { responses, values } = completeBilanWithNotes(3);
    const backup = buildBackup(
      {
        assessments: [
          {
            id: BILAN_ID,
            name: 'Bilan de référence du banc d’essai',
            createdAt: now - 30 * DAY,
            updatedAt: now - DAY,
            lastPage: 'temps',
          },
        ],
        competencyAnswers: Object.entries(responses).map(([itemId, r]) => ({
          ...r,
          assessmentId: BILAN_ID,
          itemId: itemId as CompetencyId,
          contentVersion: CONTENT_VERSION,
          updatedAt: now - DAY,
        })),
        postureAnswers: Object.entries(values).map(([itemId, value]) => ({
          assessmentId: BILAN_ID,
          itemId,
          value,
          contentVersion: CONTENT_VERSION,
          updatedAt: now - DAY,
        })),
        planItems: [
          {
            id: `${BILAN_ID}-plan-1`,
            assessmentId: BILAN_ID,
            targetId: Object.keys(responses)[0]!,
            why: 'Mieux préparer les comités de pilotage.',
            how: ['formation', 'pairs'],
            withWhom: 'La cheffe de projet et le réseau régional.',
            reviewOn: new Date(now + 60 * DAY).toISOString().slice(0, 10),
            createdAt: now - 2 * DAY,
            updatedAt: now - DAY,
          },
          {
            id: `${BILAN_ID}-plan-2`,
            assessmentId: BILAN_ID,
            targetId: 'direction.interieur',
            why: 'Prendre du recul chaque mois.',
            how: ['accompagnement'],
            withWhom: '',
            reviewOn: '',
            createdAt: now - DAY,
            updatedAt: now - DAY,
          },
        ],
        worksheets: [],
        groups: [],
        receivedProfiles: [],
        workshops: [],
        reperes: [],
      },
      now,
    );
    const text = serializeBackup(backup);
    // The app must accept the file as it is: otherwise the import in the browser would be refused.
    const parsed = parseBackup(text);
    expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
    await mkdir('.bench', { recursive: true });
    await writeFile(BACKUP_FILE, text);
    console.log(
      `BENCH complete backup: ${backup.assessments[0]?.competencyAnswers.length} competency and ` +
        `${backup.assessments[0]?.postureAnswers.length} posture answers, written to ${BACKUP_FILE}`,
    );
  });
});
