// A participant opens a trainer's join link: they see the workshop and start a bilan preset to its
// instruments. Nothing is sent: results go back only when they choose « Envoyer au formateur ».
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { decodeInvite, type WorkshopInvite } from '../../domain/workshop';
import { createAssessment } from '../../db/assessments';
import { PageTitle } from '../../components/PageTitle';
import { formatDay } from '../../components/format';
import { paths } from '../../components/paths';
import { useOneAtATime } from '../../components/useOneAtATime';

export function JoinPage() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const invite = useMemo(() => decodeInvite(location.hash), [location.hash]);
  const join = useOneAtATime(async (invite: WorkshopInvite) => {
    const id = await createAssessment(invite.title, undefined, {
      id: invite.id,
      title: invite.title,
      instruments: invite.instruments,
      anonymous: invite.anonymous,
      ...(invite.live ? { live: invite.live } : {}),
    });
    await navigate(paths.bilan(id));
  });

  if (!invite) {
    return (
      <>
        <PageTitle>{t(($) => $.join.title)}</PageTitle>
        <p role="alert" className="alert">
          {t(($) => $.join.invalid)}
        </p>
      </>
    );
  }
  return (
    <div className="join">
      <PageTitle>{t(($) => $.join.titleNamed, { title: invite.title })}</PageTitle>
      <p>{t(($) => $.join.date, { date: formatDay(invite.date, i18n.language) })}</p>
      <p>{t(($) => $.join.instruments)}</p>
      <ul className="competency-list">
        {invite.instruments.map((i) => (
          <li key={i}>{t(($) => $.instrument[i].title)}</li>
        ))}
      </ul>
      <p>{invite.anonymous ? t(($) => $.join.anonymous) : t(($) => $.join.named)}</p>
      <p>{t(($) => $.join.privacy)}</p>
      <button type="button" className="button" disabled={join.busy} onClick={() => void join.run(invite)}>
        {t(($) => $.join.start)}
      </button>
    </div>
  );
}
