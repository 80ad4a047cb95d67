// The competency grid questionnaire: one page per macro-competence, its title and what the page is
// about, then the answers (QuestionnaireBody.tsx).
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { MACRO_IDS, isMacroId, type MacroId } from '../../domain/content/grid';
import { PageTitle } from '../../components/PageTitle';
import { paths } from '../../components/paths';
import { QuestionnaireBody, useGridData, type GridData } from './QuestionnaireBody';

export function QuestionnairePage() {
  const { id = '', macro } = useParams();
  // Read once for the five pages: each page starts afresh (its own key), its answers already there.
  const data = useGridData(id);
  if (!isMacroId(macro)) return <Navigate to={paths.questionnaire(id)} replace />;
  return <QuestionnaireForMacro key={macro} assessmentId={id} macro={macro} data={data} />;
}

function QuestionnaireForMacro({
  assessmentId,
  macro,
  data,
}: {
  readonly assessmentId: string;
  readonly macro: MacroId;
  readonly data: GridData;
}) {
  const { t } = useTranslation();
  const index = MACRO_IDS.indexOf(macro);
  return (
    <div className="questionnaire">
      <p className="eyebrow">{t(($) => $.questionnaire.title)}</p>
      <PageTitle>{t(($) => $.macro[macro].label, { ns: 'content' })}</PageTitle>
      <p className="page-of">
        {t(($) => $.questionnaire.pageOf, { current: index + 1, total: MACRO_IDS.length })}
      </p>
      <p className="intro">{t(($) => $.macro[macro].description, { ns: 'content' })}</p>
      <p className="autosave">{t(($) => $.questionnaire.autosave)}</p>
      <QuestionnaireBody assessmentId={assessmentId} macro={macro} data={data} />
    </div>
  );
}
