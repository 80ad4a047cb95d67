// Roadmap worksheets ("feuilles de route"): the list, a new one, and deletion after confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Worksheet } from '../../domain/worksheet';
import { createWorksheet, deleteWorksheet } from '../../db/worksheets';
import { useWorksheets } from '../../db/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageTitle } from '../../components/PageTitle';
import { formatDate } from '../../components/format';
import { paths } from '../../components/paths';
import { useOneAtATime } from '../../components/useOneAtATime';

export function WorksheetListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const sheets = useWorksheets();
  const [toDelete, setToDelete] = useState<Worksheet | null>(null);

  const create = useOneAtATime(async () => {
    const id = await createWorksheet(
      t(($) => $.worksheet.defaultTitle, { date: formatDate(Date.now(), i18n.language) }),
    );
    await navigate(paths.worksheet(id));
  });

  return (
    <div className="worksheets">
      <PageTitle>{t(($) => $.worksheet.listTitle)}</PageTitle>
      <p className="intro">{t(($) => $.worksheet.intro)}</p>
      <p>
        <Link to={paths.reperes()}>{t(($) => $.worksheet.reperesLink)}</Link>
      </p>
      <p>
        <button type="button" className="button" disabled={create.busy} onClick={() => void create.run()}>
          {t(($) => $.worksheet.new)}
        </button>
      </p>
      {sheets === undefined ? (
        <p role="status">{t(($) => $.app.loading)}</p>
      ) : sheets.length === 0 ? (
        <p className="empty">{t(($) => $.worksheet.empty)}</p>
      ) : (
        <ul className="assessment-list" aria-label={t(($) => $.worksheet.listTitle)}>
          {sheets.map((s) => (
            <li key={s.id} className="card">
              <h2>
                <Link to={paths.worksheet(s.id)}>{s.title}</Link>
              </h2>
              <p className="meta">
                {t(($) => $.worksheet.updated, { date: formatDate(s.updatedAt, i18n.language) })}
              </p>
              <button
                type="button"
                className="link-button"
                onClick={() => setToDelete(s)}
                aria-label={t(($) => $.worksheet.deleteNamed, { title: s.title })}
              >
                {t(($) => $.home.delete)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={toDelete ? t(($) => $.dialog.deleteTitle, { name: toDelete.title }) : ''}
        body={t(($) => $.worksheet.deleteBody)}
        confirmLabel={t(($) => $.dialog.deleteConfirm)}
        onConfirm={() => {
          if (toDelete) void deleteWorksheet(toDelete.id).then(() => setToDelete(null));
        }}
        onCancel={() => setToDelete(null)}
      />
    </div>
  );
}
