// Benchmark harness (npm run bench), built by vite.bench.config.ts and opened by scripts/bench.mjs in
// Chromium. On load it runs, one after the other, and leaves the raw figures on window.__bench:
// 1. 1,000 answer writes to IndexedDB through the app's own storage code (src/db/assessments.ts),
//    alternating saveCompetencyResponse and savePostureValue, each awaited in its own transaction and
//    timed on its own. They answer every item several times, so the bilan ends complete.
// 2. The profile of that complete bilan: the profile's view (ProfileView, with its plan summary's
//    view, as ProfileRoute gives it), rendered from the bilan read beforehand, mounted into a visible
//    container with flushSync, inside the providers the app uses. What is timed is therefore what the
//    page computes (computeWholeProfile and the sections' shaping) plus React's render and commit, not
//    the reads (ProfileBody, the page's data part, only reads and hands over).
//    Charts are drawn when they come near the screen or the page prints (src/components/charts.tsx):
//    the harness asks for print first, so every chart draws, and the time until all of them have drawn
//    (recharts loaded, boxes measured, SVG drawn) is taken too.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import '../../src/app/styles.css';
import i18n from '../../src/i18n';
import { resources } from '../../src/i18n/resources';
import { COMPETENCIES } from '../../src/domain/content/grid';
import { computeWholeProfile } from '../../src/domain/scoring/wholeProfile';
import { db } from '../../src/db/database';
import { createAssessment, saveCompetencyResponse, savePostureValue } from '../../src/db/assessments';
import { addPlanItem, updatePlanItem } from '../../src/db/plans';
import { readBilanAnswers } from '../../src/db/snapshots';
import { paths } from '../../src/components/paths';
import { ProfileView } from '../../src/features/profile/ProfileView';
import { PlanSummaryView } from '../../src/features/plan/PlanSummary';
import { completeBilanWithNotes } from '../fixtures';

const WRITES = 1000;
const PROFILE_RUNS = 10;
const CHART_TIMEOUT_MS = 2000;

export interface HarnessResult {
  readonly writes: { readonly competency: number[]; readonly posture: number[] };
  readonly profile: {
    /** The first mount: cold code paths. */
    readonly cold: ProfileRun;
    /** The PROFILE_RUNS mounts after it. */
    readonly warm: ProfileRun[];
    /** computeWholeProfile alone, after the renders, for reference. */
    readonly computeOnly: number[];
    /** What the last mount showed, to prove the profile was complete. */
    readonly sections: number;
    readonly charts: number;
    readonly answered: string;
  };
}

interface ProfileRun {
  /** Compute + render + commit, inside flushSync. */
  readonly render: number;
  /** From the start until every chart has drawn its SVG (null if one never did within the timeout). */
  readonly charts: number | null;
}

declare global {
  interface Window {
    __bench?: { ok: true; result: HarnessResult } | { ok: false; error: string };
  }
}

async function benchWrites(assessmentId: string) {
  // Every pass answers every item with other values: 500 competency and 500 posture writes.
  const passes = Array.from({ length: 16 }, (_, seed) => completeBilanWithNotes(seed));
  const competencyIds = COMPETENCIES.map((c) => c.id);
  const postureIds = Object.keys(passes[0]!.values);
  const competency: number[] = [];
  const posture: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const k = Math.floor(i / 2);
    if (i % 2 === 0) {
      const itemId = competencyIds[k % competencyIds.length]!;
      const patch = passes[Math.floor(k / competencyIds.length) % passes.length]!.responses[itemId]!;
      const start = performance.now();
      await saveCompetencyResponse(assessmentId, itemId, patch);
      competency.push(performance.now() - start);
    } else {
      const itemId = postureIds[k % postureIds.length]!;
      const value = passes[Math.floor(k / postureIds.length) % passes.length]!.values[itemId]!;
      const start = performance.now();
      await savePostureValue(assessmentId, itemId, value);
      posture.push(performance.now() - start);
    }
  }
  return { competency, posture };
}

/** Resolves when every chart in `root` has drawn its SVG, or false after the timeout. */
function chartsDrawn(root: HTMLElement): Promise<boolean> {
  const pending = () =>
    [...root.querySelectorAll('.chart-area')].some((c) => !c.querySelector('svg.recharts-surface'));
  if (!pending()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (drawn: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(drawn);
    };
    const observer = new MutationObserver(() => {
      if (!pending()) done(true);
    });
    observer.observe(root, { childList: true, subtree: true });
    const timer = setTimeout(() => done(!pending()), CHART_TIMEOUT_MS);
  });
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function benchProfile(assessmentId: string): Promise<HarnessResult['profile']> {
  // A development plan too, so the profile's plan section has content (not timed).
  for (const [targetId, why] of [
    [COMPETENCIES[0]!.id, 'Mieux préparer les comités de pilotage.'],
    ['direction.interieur', 'Prendre du recul chaque mois.'],
  ] as const) {
    const planId = await addPlanItem(assessmentId, targetId);
    await updatePlanItem(planId, { why, how: ['formation', 'pairs'], withWhom: 'Le réseau régional.' });
  }
  // Everything the page's hooks would read, loaded before the clock starts.
  const assessment = await db.assessments.get(assessmentId);
  if (!assessment) throw new Error('the bilan written by the harness is missing');
  const { responses, values } = await readBilanAnswers(assessmentId);
  const planItems = (await db.planItems.where('assessmentId').equals(assessmentId).toArray()).sort(
    (a, b) => a.createdAt - b.createdAt,
  );

  const container = document.getElementById('profile-root');
  if (!container) throw new Error('#profile-root is missing');
  const tree = (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[paths.profile(assessmentId)]}>
          <div className="profile">
            <ProfileView
              assessment={assessment}
              responses={responses}
              values={values}
              plan={<PlanSummaryView assessmentId={assessmentId} items={planItems} />}
            />
          </div>
        </MemoryRouter>
      </I18nextProvider>
    </StrictMode>
  );

  // As when printing: every chart is drawn, not only those near the screen (the worst case).
  window.dispatchEvent(new Event('beforeprint'));
  const runs: ProfileRun[] = [];
  for (let run = 0; run <= PROFILE_RUNS; run++) {
    const root = createRoot(container);
    const start = performance.now();
    flushSync(() => root.render(tree));
    const render = performance.now() - start;
    if (!container.querySelector('#grille')) throw new Error('the profile did not render synchronously');
    const drawn = await chartsDrawn(container);
    runs.push({ render, charts: drawn ? performance.now() - start : null });
    const last = run === PROFILE_RUNS;
    const result = last
      ? {
          sections: container.querySelectorAll('section').length,
          charts: container.querySelectorAll('.chart-area .recharts-wrapper').length,
          answered: container.querySelector('#grille .basis')?.textContent?.trim() ?? '',
        }
      : null;
    if (!last) root.unmount();
    await nextFrame();
    if (result) {
      const computeOnly = Array.from({ length: PROFILE_RUNS }, () => {
        const t0 = performance.now();
        computeWholeProfile(responses, values);
        return performance.now() - t0;
      });
      return { cold: runs[0]!, warm: runs.slice(1), computeOnly, ...result };
    }
  }
  throw new Error('unreachable');
}

async function main() {
  // The app's i18next instance, with every bundle added up front as the tests do (src/test/setup.ts).
  for (const [lng, namespaces] of Object.entries(resources)) {
    for (const [ns, bundle] of Object.entries(namespaces))
      i18n.addResourceBundle(lng, ns, bundle, true, true);
  }
  await i18n.changeLanguage('fr');

  const assessmentId = await createAssessment('Banc d’essai : 1 000 écritures');
  const writes = await benchWrites(assessmentId);
  const profile = await benchProfile(assessmentId);
  return { writes, profile };
}

const status = document.getElementById('status');
main().then(
  (result) => {
    window.__bench = { ok: true, result };
    if (status) status.textContent = 'Terminé.';
  },
  (error: unknown) => {
    window.__bench = {
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
    if (status) status.textContent = `Échec : ${String(error)}`;
  },
);
