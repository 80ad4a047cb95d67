// The competency grid questionnaire: one page per macro-competence. Its title and what the page is
// about show at once; the answers (QuestionnaireBody.tsx, with the storage code) load once that is
// painted.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { MACRO_IDS, isMacroId, type MacroId } from '../../domain/content/grid';
import { PageTitle } from '../../components/PageTitle';
import { paths } from '../../components/paths';
import { useAfterFirstPaint } from '../../components/afterFirstPaint';

const QuestionnaireBody = lazy(() =>
  import('../../db/open')
    .then(({ afterOpening }) => afterOpening(() => import('./QuestionnaireBody')))
    .then((m) => ({ default: m.QuestionnaireBody })),
);

export function QuestionnairePage() {
  const { id = '', macro } = useParams();
  if (!isMacroId(macro)) return <Navigate to={paths.questionnaire(id)} replace />;
  return <QuestionnaireForMacro key={macro} assessmentId={id} macro={macro} />;
}

function QuestionnaireForMacro({
  assessmentId,
  macro,
}: {
  readonly assessmentId: string;
  readonly macro: MacroId;
}) {
  const { t } = useTranslation();
  const painted = useAfterFirstPaint();
  const index = MACRO_IDS.indexOf(macro);
  const loading = <p role="status">{t('app.loading')}</p>;
  return (
    <div className="questionnaire">
      <p className="eyebrow">{t('questionnaire.title')}</p>
      <PageTitle>{t(`macro.${macro}.label`, { ns: 'content' })}</PageTitle>
      <p className="page-of">{t('questionnaire.pageOf', { current: index + 1, total: MACRO_IDS.length })}</p>
      <p className="intro">{t(`macro.${macro}.description`, { ns: 'content' })}</p>
      <p className="autosave">{t('questionnaire.autosave')}</p>
      {painted ? (
        <Suspense fallback={loading}>
          <QuestionnaireBody assessmentId={assessmentId} macro={macro} />
        </Suspense>
      ) : (
        loading
      )}
    </div>
  );
}
