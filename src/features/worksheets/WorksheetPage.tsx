import { byId } from '../../i18n/byId';
// One roadmap worksheet, the template of the reference's case studies, saved as it is typed and printable.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { WORKED_EXAMPLES, type Worksheet, type WorksheetField } from '../../domain/worksheet';
import { renameWorksheet, saveWorksheetField } from '../../db/worksheets';
import { useSaveState, useWorksheet } from '../../db/hooks';
import { NoteField } from '../../components/NoteField';
import { PageTitle } from '../../components/PageTitle';
import { formatDate } from '../../components/format';
import { paths } from '../../components/paths';

const GROUPS: readonly { readonly heading: string; readonly fields: readonly WorksheetField[] }[] = [
  { heading: 'sens', fields: ['sens'] },
  { heading: 'role', fields: ['role'] },
  { heading: 'partenariats', fields: ['partenariatsInternes', 'partenariatsExternes'] },
  { heading: 'calendrier', fields: ['calendrier'] },
  { heading: 'resultats', fields: ['resultats3Mois', 'resultats1An', 'resultats3Ans'] },
  { heading: 'formule', fields: ['formule'] },
];

export function WorksheetPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const sheet = useWorksheet(id);
  if (sheet === undefined) return <p role="status">{t(($) => $.app.loading)}</p>;
  if (sheet === null) {
    return (
      <>
        <PageTitle>{t(($) => $.worksheet.listTitle)}</PageTitle>
        <p>{t(($) => $.worksheet.notFound)}</p>
        <Link to={paths.worksheets()}>{t(($) => $.worksheet.back)}</Link>
      </>
    );
  }
  return <WorksheetForm key={sheet.id} sheet={sheet} />;
}

function WorksheetForm({ sheet }: { readonly sheet: Worksheet }) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState(sheet.title);
  // Said once something was changed here: « Enregistrement… » until the last change is stored.
  const [changed, setChanged] = useState(false);
  const { saving, unsaved } = useSaveState();
  const track = (write: Promise<void>) => {
    setChanged(true);
    // The failure is said from the save state (and the banner), and stays until the write is stored.
    write.catch(() => undefined);
  };
  return (
    <div className="worksheet">
      <p className="eyebrow no-print">
        <Link to={paths.worksheets()}>{t(($) => $.worksheet.listTitle)}</Link>
      </p>
      <PageTitle>{sheet.title || t(($) => $.worksheet.untitled)}</PageTitle>
      <p className="intro">{t(($) => $.worksheet.formIntro)}</p>
      <p className="print-only">
        {t(($) => $.worksheet.printedUpdated, { date: formatDate(sheet.updatedAt, i18n.language) })}
      </p>
      <div className="field no-print">
        <label htmlFor="worksheet-title">{t(($) => $.worksheet.titleLabel)}</label>
        <input
          id="worksheet-title"
          type="text"
          maxLength={200}
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            track(renameWorksheet(sheet.id, e.target.value));
          }}
        />
      </div>
      <p className="autosave no-print">{t(($) => $.worksheet.autosave)}</p>
      {/* Always in the page, so screen readers hear each change of state. */}
      <p role="status" className="save-state no-print">
        {!changed ? '' : saving ? t(($) => $.durability.saving) : unsaved ? '' : t(($) => $.worksheet.saved)}
      </p>
      {unsaved && (
        <p role="alert" className="alert">
          {t(($) => $.questionnaire.saveError)}
        </p>
      )}
      {GROUPS.map((g) => (
        <section key={g.heading} aria-labelledby={`ws-${g.heading}`} className="worksheet-part">
          <h2 id={`ws-${g.heading}`}>{t(($) => byId($.worksheet.section, g.heading))}</h2>
          {g.fields.map((f) => (
            <div key={f} className="worksheet-field">
              <NoteField
                label={t(($) => $.worksheet.field[f].label)}
                hint={t(($) => $.worksheet.field[f].hint)}
                rows={f === 'formule' ? 2 : 4}
                value={sheet.fields[f] ?? ''}
                onSave={(text) => track(saveWorksheetField(sheet.id, f, text))}
              />
              <details className="worked-examples no-print">
                <summary>{t(($) => $.worksheet.examplesSummary)}</summary>
                <dl>
                  {WORKED_EXAMPLES[f].map((e) => (
                    <div key={e.caseStudy}>
                      <dt>{t(($) => $.worksheet.case[e.caseStudy])}</dt>
                      <dd>
                        {t(($) => $.quoteMarks, {
                          text: t(($) => byId($.worksheet.example, f, e.caseStudy)),
                        })}
                      </dd>
                    </div>
                  ))}
                </dl>
              </details>
              {/* On paper a text area would cut long answers: print the text itself. */}
              <p className="print-only print-text" aria-hidden="true">
                {sheet.fields[f] ?? ''}
              </p>
            </div>
          ))}
        </section>
      ))}
      <p className="no-print">
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t(($) => $.profile.print)}
        </button>
      </p>
      <p className="source">{t(($) => $.worksheet.source)}</p>
    </div>
  );
}
