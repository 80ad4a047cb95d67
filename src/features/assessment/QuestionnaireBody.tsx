import { byId } from '../../i18n/byId';
// The body of a grid page (QuestionnairePage.tsx shows its title first): progress and the pages'
// stepper, kept in view; one competence at a time (the default) or the whole page, as the person last
// chose; every answer saved as it is given, and the way on.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  COMPETENCIES,
  MACRO_IDS,
  MODALITY_IDS,
  competenciesOf,
  type Competency,
  type MacroId,
} from '../../domain/content/grid';
import { isAnswered, type Assessment, type CompetencyResponse } from '../../domain/assessment';
import type { ResponsesById } from '../../domain/scoring/competency';
import { gridToConfirm, reflectionItemId, type PostureValues } from '../../domain/progress';
import {
  competencyAt,
  gridPosition,
  parseIndex,
  startIndex,
  stepAfter,
  stepBefore,
  type GridStep,
} from '../../domain/gridWalk';
import { clearCompetencyResponse, saveCompetencyResponse, savePostureValue } from '../../db/assessments';
import {
  useAssessment,
  useCompetencyResponses,
  usePostureValues,
  useRememberPage,
  useSaveState,
} from '../../db/hooks';
import { NoteField } from '../../components/NoteField';
import { BilanNotFound } from '../../components/BilanNotFound';
import { instrumentSlug, paths } from '../../components/paths';
import { useStepwise } from '../../components/stepwise';
import { CompetencyItem } from './CompetencyItem';
import { showQuestion, useGridView } from '../../components/questionView';

interface ItemHandlers {
  readonly onChange: (patch: Partial<CompetencyResponse>) => Promise<void>;
  readonly onClear: () => Promise<void>;
}

const NO_RESPONSES: ResponsesById = {};
const NO_VALUES: Readonly<Record<string, unknown>> = {};

function countAnswered(responses: ResponsesById, ids: readonly string[]) {
  return ids.filter((id) => isAnswered(responses[id])).length;
}

/** What the grid's pages read of a bilan; undefined until read, `assessment` null for no such bilan. */
export interface GridData {
  readonly assessment: Assessment | null | undefined;
  readonly responses: ResponsesById | undefined;
  readonly values: PostureValues | undefined;
}

/**
 * Reads a bilan for the grid's pages. Called by the route, above the page of each macro-competence:
 * going from one page to the next keeps what was read, so the next page shows its answers at once.
 */
export function useGridData(assessmentId: string): GridData {
  return {
    assessment: useAssessment(assessmentId),
    responses: useCompetencyResponses(assessmentId),
    values: usePostureValues(assessmentId),
  };
}

export function QuestionnaireBody({
  assessmentId,
  macro,
  data: { assessment, responses, values },
}: {
  readonly assessmentId: string;
  readonly macro: MacroId;
  readonly data: GridData;
}) {
  const { t } = useTranslation();
  const [view, setView] = useGridView();
  // Said until the failed write is stored (the banner's « Réessayer ») or replaced by a newer one.
  const saveFailed = useSaveState().unsaved;

  useRememberPage(assessment, `${instrumentSlug('grid')}/${macro}`);

  // A failed write rejects, so the item can undo what it showed. The items' handlers stay the same from
  // one render to the next, so an item renders again only when its answer changes.
  const handlers = useMemo(
    () =>
      new Map<string, ItemHandlers>(
        competenciesOf(macro).map((c) => [
          c.id,
          {
            onChange: (patch) => saveCompetencyResponse(assessmentId, c.id, patch),
            onClear: () => clearCompetencyResponse(assessmentId, c.id),
          },
        ]),
      ),
    [assessmentId, macro],
  );

  if (assessment === null) return <BilanNotFound />;

  const index = MACRO_IDS.indexOf(macro);
  const previous = MACRO_IDS[index - 1];
  const next = MACRO_IDS[index + 1];
  const items = competenciesOf(macro);

  // Until the answers are read (and in the page's prerendered shell), the page shows its questions
  // unanswered, out of reach and hidden from assistive technologies (the status says it is loading),
  // where they will be: the person reads the first one at once, and nothing moves when the answers
  // come.
  const loading = assessment === undefined || responses === undefined || values === undefined;
  const answers = responses ?? NO_RESPONSES;
  const notes = values ?? NO_VALUES;

  const answered = countAnswered(
    answers,
    COMPETENCIES.map((c) => c.id),
  );
  const toConfirm = gridToConfirm(answers);
  const single = view === 'single';

  const reflection = !next && (
    <section className="reflection" aria-labelledby="reflection-h">
      <h2 id="reflection-h">{t(($) => $.posture.reflectionTitle)}</h2>
      <NoteField
        label={t(($) => $.posture.reflectionLabel)}
        hint={t(($) => $.posture.reflectionHint)}
        rows={4}
        value={
          typeof notes[reflectionItemId('grid')] === 'string' ? String(notes[reflectionItemId('grid')]) : ''
        }
        onSave={(text) =>
          savePostureValue(assessmentId, reflectionItemId('grid'), text.trim() ? text : undefined)
        }
      />
    </section>
  );
  const pager = (
    <nav className="pager" aria-label={t(($) => $.questionnaire.pagerNav)}>
      {previous && (
        <Link className="button secondary" to={paths.questionnaire(assessmentId, previous)} rel="prev">
          {t(($) => $.questionnaire.previous)}
        </Link>
      )}
      {next ? (
        <Link className="button" to={paths.questionnaire(assessmentId, next)} rel="next">
          {t(($) => $.questionnaire.next)}
        </Link>
      ) : (
        <Link className="button" to={paths.profile(assessmentId)} data-grid-end="">
          {t(($) => $.questionnaire.toProfile)}
        </Link>
      )}
    </nav>
  );

  return (
    <>
      <p className="bilan-link" role={loading ? 'status' : undefined}>
        {assessment ? <Link to={paths.bilan(assessmentId)}>{assessment.name}</Link> : t(($) => $.app.loading)}
      </p>
      <div className="page-controls" inert={loading} aria-hidden={loading || undefined}>
        <div className={single ? 'grid-sticky' : undefined}>
          <div className="progress-block">
            <label htmlFor="bilan-progress">{t(($) => $.questionnaire.progressLabel)}</label>
            <progress id="bilan-progress" max={COMPETENCIES.length} value={answered} />
            {single ? (
              <span>
                <span aria-hidden="true">
                  {t(($) => $.grid.progressShort, { count: answered, total: COMPETENCIES.length })}
                </span>
                <span className="visually-hidden">
                  {t(($) => $.questionnaire.progress, { count: answered, total: COMPETENCIES.length })}
                </span>
              </span>
            ) : (
              <span>
                {t(($) => $.questionnaire.progress, { count: answered, total: COMPETENCIES.length })}
              </span>
            )}
            {toConfirm > 0 && (
              <span className="to-confirm-count">
                {t(($) => $.grid.toConfirmCount, { count: toConfirm })}
              </span>
            )}
          </div>

          <nav aria-label={t(($) => $.questionnaire.pagesNav)} className="page-steps">
            <ol>
              {MACRO_IDS.map((m, i) => {
                const ids = competenciesOf(m).map((c) => c.id);
                const done = countAnswered(answers, ids);
                return (
                  <li key={m}>
                    <Link
                      to={paths.questionnaire(assessmentId, m)}
                      aria-current={m === macro ? 'page' : undefined}
                      className={done === ids.length ? 'is-done' : undefined}
                    >
                      <span className="step-number" aria-hidden="true">
                        {i + 1}
                      </span>
                      <span className="step-name">{t(($) => $.macro[m].label, { ns: 'content' })}</span>{' '}
                      <span className="step-count" aria-hidden="true">
                        {t(($) => $.questionnaire.pageProgress, { count: done, total: ids.length })}
                      </span>
                      <span className="visually-hidden">
                        {t(($) => $.questionnaire.pageProgressLabel, { count: done, total: ids.length })}
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ol>
          </nav>
        </div>

        <p className="view-switch">
          <button type="button" className="link-button" onClick={() => setView(single ? 'page' : 'single')}>
            {t(($) => (single ? $.grid.showPage : $.grid.showSingle))}
          </button>
        </p>

        {saveFailed && (
          <p role="alert" className="alert">
            {t(($) => $.questionnaire.saveError)}
          </p>
        )}

        {single ? (
          <SingleItem
            // Mounted again once the answers are read: it opens where the person left off.
            key={loading ? 'preview' : 'answers'}
            assessmentId={assessmentId}
            macro={macro}
            responses={answers}
            handlers={handlers}
            after={
              <>
                {reflection}
                {pager}
              </>
            }
          />
        ) : (
          <PageItems
            items={items}
            responses={answers}
            handlers={handlers}
            after={
              <>
                {reflection}
                {pager}
              </>
            }
          />
        )}
      </div>
    </>
  );
}

/**
 * One competence at a time: the one named in the address (`?n=3`), else the page's first still to
 * answer or to confirm. Once its three scales are answered it moves on by itself, to the next page
 * after a page's last; « Précédente » and « Suivante » move by hand. The heading of the competence
 * that comes takes the focus, and a status line says which one it is.
 */
function SingleItem({
  assessmentId,
  macro,
  responses,
  handlers,
  after,
}: {
  readonly assessmentId: string;
  readonly macro: MacroId;
  readonly responses: ResponsesById;
  readonly handlers: ReadonlyMap<string, ItemHandlers>;
  readonly after: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const asked = parseIndex(macro, params.get('n'));
  // Where the page opens, read once: answering must not move it before the person moves on.
  const [opening] = useState(() => asked ?? startIndex(macro, responses));
  const index = asked ?? opening;
  const step: GridStep = { macro, index };
  const competency = competencyAt(step);
  const cardRef = useRef<HTMLDivElement>(null);
  const moved = useRef((location.state as { focusItem?: boolean } | null)?.focusItem === true);

  const goTo = useCallback(
    (target: GridStep | null) => {
      if (!target) {
        cardRef.current?.parentElement?.querySelector<HTMLElement>('[data-grid-end]')?.focus();
        return;
      }
      moved.current = true;
      const search = `?n=${target.index + 1}`;
      // The scroll stays where it is: the next competence comes in the same place (see the effect below).
      if (target.macro === macro) setParams(search, { replace: true, preventScrollReset: true });
      else
        void navigate(`${paths.questionnaire(assessmentId, target.macro)}${search}`, {
          state: { focusItem: true },
          preventScrollReset: true,
        });
    },
    [assessmentId, macro, navigate, setParams],
  );
  // The same object while the competence stays, so the memoised item does not render for nothing.
  const single = useMemo(
    () => ({ onComplete: () => goTo(stepAfter({ macro, index })) }),
    [goTo, macro, index],
  );

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    showQuestion(cardRef.current, '.scales');
  }, [macro, index]);

  if (!competency) return null;
  const handler = handlers.get(competency.id);
  if (!handler) return null;
  const position = gridPosition(step);
  const before = stepBefore(step);
  const afterStep = stepAfter(step);
  const isLast = step.index === competenciesOf(macro).length - 1;

  return (
    <>
      <div className="single-item" ref={cardRef}>
        <p className="single-position">
          <span>{t(($) => $.grid.position, { current: position, total: COMPETENCIES.length })}</span>
          {' · '}
          <span>{t(($) => $.modality[competency.modality].label, { ns: 'content' })}</span>
        </p>
        <p className="visually-hidden" role="status">
          {t(($) => $.grid.positionStatus, {
            current: position,
            total: COMPETENCIES.length,
            label: t(($) => byId($, competency.id, 'label'), { ns: 'content' }),
          })}
        </p>
        <CompetencyItem
          key={competency.id}
          competency={competency}
          response={responses[competency.id]}
          onChange={handler.onChange}
          onClear={handler.onClear}
          single={single}
        />
        <nav className="single-nav" aria-label={t(($) => $.grid.itemNav)}>
          <button type="button" className="button secondary" disabled={!before} onClick={() => goTo(before)}>
            {t(($) => $.grid.previousItem)}
          </button>
          {afterStep && (
            <button type="button" className="button secondary" onClick={() => goTo(afterStep)}>
              {t(($) => $.grid.nextItem)}
            </button>
          )}
        </nav>
        <p className="field-hint keys-hint">{t(($) => $.grid.keysHint)}</p>
      </div>
      {isLast && after}
    </>
  );
}

/**
 * The page's competences by modality, one more after each painted frame (a grid page is about 800
 * elements); what comes after them (`after`) shows once they are all there. `aria-busy` says the list
 * is still filling.
 */
function PageItems({
  items,
  responses,
  handlers,
  after,
}: {
  readonly items: readonly Competency[];
  readonly responses: ResponsesById;
  readonly handlers: ReadonlyMap<string, ItemHandlers>;
  readonly after: ReactNode;
}) {
  const { t } = useTranslation();
  const shown = useStepwise(items.length, 1, 1);
  const visible = items.slice(0, shown);
  const complete = shown === items.length;
  return (
    <>
      <div className="page-items" aria-busy={!complete}>
        {MODALITY_IDS.map((modality) => {
          const own = visible.filter((c) => c.modality === modality);
          if (own.length === 0) return null;
          return (
            <section key={modality} className="modality" aria-labelledby={`modality-${modality}`}>
              <h2 id={`modality-${modality}`}>{t(($) => $.modality[modality].label, { ns: 'content' })}</h2>
              <p className="modality-description">
                {t(($) => $.modality[modality].description, { ns: 'content' })}
              </p>
              {own.map((c) => {
                const handler = handlers.get(c.id);
                if (!handler) return null;
                return (
                  <CompetencyItem
                    key={c.id}
                    competency={c}
                    response={responses[c.id]}
                    onChange={handler.onChange}
                    onClear={handler.onClear}
                  />
                );
              })}
            </section>
          );
        })}
      </div>
      {complete && after}
    </>
  );
}
