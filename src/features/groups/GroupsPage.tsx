// Peer groups: named groups of received profiles (and the person's own), created here or on receiving.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { cleanName } from '../../domain/text';
import { createGroup, deleteGroup } from '../../db/groups';
import { useGroup, useGroupProfiles, useGroups } from '../../db/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageTitle } from '../../components/PageTitle';
import { paths } from '../../components/paths';
import { useOneAtATime } from '../../components/useOneAtATime';
import { GroupView } from './GroupView';
import { AddOwnProfile } from './AddOwnProfile';

export function GroupsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const groups = useGroups();
  const nameId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState(false);

  const create = useOneAtATime(async () => {
    // A name of invisible characters only is no name: said here, never a refused write.
    if (cleanName(name) === '') {
      setError(true);
      return;
    }
    setError(false);
    const id = await createGroup(name);
    await navigate(paths.group(id));
  });

  return (
    <div className="groups">
      <PageTitle>{t(($) => $.group.listTitle)}</PageTitle>
      <p className="intro">{t(($) => $.group.intro)}</p>
      <p>
        <Link to={paths.receive()}>{t(($) => $.group.receiveLink)}</Link>
      </p>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void create.run();
        }}
        noValidate
        aria-labelledby="new-group-h"
      >
        <h2 id="new-group-h">{t(($) => $.group.newTitle)}</h2>
        <div className="field">
          <label htmlFor={nameId}>{t(($) => $.group.name)}</label>
          <input
            id={nameId}
            type="text"
            maxLength={120}
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error || undefined}
          />
          {error && (
            <p className="field-error" role="alert">
              {t(($) => $.share.groupRequired)}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={create.busy}>
          {t(($) => $.group.create)}
        </button>
      </form>
      {groups === undefined ? (
        <p role="status">{t(($) => $.app.loading)}</p>
      ) : groups.length === 0 ? (
        <p className="empty">{t(($) => $.group.none)}</p>
      ) : (
        <ul className="assessment-list" aria-label={t(($) => $.group.listTitle)}>
          {groups.map((g) => (
            <li key={g.id} className="card">
              <h2>
                <Link to={paths.group(g.id)}>{g.name}</Link>
              </h2>
              <p className="meta">{t(($) => $.group.count, { count: g.members })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function GroupPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const group = useGroup(id);
  const profiles = useGroupProfiles(id);
  const [confirm, setConfirm] = useState(false);
  if (group === undefined || profiles === undefined) return <p role="status">{t(($) => $.app.loading)}</p>;
  if (group === null) {
    return (
      <>
        <PageTitle>{t(($) => $.group.listTitle)}</PageTitle>
        <p>{t(($) => $.group.notFound)}</p>
        <Link to={paths.groups()}>{t(($) => $.group.back)}</Link>
      </>
    );
  }
  return (
    <div className="group">
      <p className="eyebrow no-print">
        <Link to={paths.groups()}>{t(($) => $.group.listTitle)}</Link>
      </p>
      <PageTitle>{group.name}</PageTitle>
      <p className="no-print">
        <Link to={paths.receive()}>{t(($) => $.group.receiveLink)}</Link>
      </p>
      <AddOwnProfile groupId={group.id} />
      <GroupView group={group} profiles={profiles} />
      <p className="no-print">
        <button type="button" className="link-button" onClick={() => setConfirm(true)}>
          {t(($) => $.group.delete)}
        </button>
      </p>
      <ConfirmDialog
        open={confirm}
        title={t(($) => $.group.deleteTitle, { name: group.name })}
        body={t(($) => $.group.deleteBody)}
        confirmLabel={t(($) => $.dialog.deleteConfirm)}
        onConfirm={() => void deleteGroup(group.id).then(() => navigate(paths.groups()))}
        onCancel={() => setConfirm(false)}
      />
    </div>
  );
}
