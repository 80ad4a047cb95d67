// « Quel·le développeur·euse êtes-vous ? »: a short portrait in plain words, written from the results,
// in the practitioners' vocabulary (« posture de prédilection », never « vous êtes X »).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WholeProfile } from '../../domain/scoring/wholeProfile';
import { competencyLabel } from '../../components/competencyLabel';
import { paths } from '../../components/paths';
import { postureLabel, quotedList, tensionLabel } from './postureLabels';

export function Narrative({
  profile,
  assessmentId,
}: {
  readonly profile: WholeProfile;
  readonly assessmentId: string;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const n = profile.narrative;
  const list = (labels: readonly string[]) => quotedList(t, lng, labels);

  const sentences = [
    n.strengths.length > 0 &&
      t('profile.narrative.strengths', { list: list(n.strengths.map((id) => competencyLabel(t, id))) }),
    n.strongestMacros.length > 0 &&
      t('profile.narrative.macros', {
        list: list(n.strongestMacros.map((m) => t(`macro.${m}.label`, { ns: 'content' }))),
      }),
    n.preferred.length > 0 &&
      t(n.preferred.length > 1 ? 'profile.narrative.preferredTie' : 'profile.narrative.preferred', {
        list: list(n.preferred.map((p) => postureLabel(t, p))),
      }),
    n.adaptationLevel && t(`profile.narrative.adaptation.${n.adaptationLevel}`),
    n.acrobatStrongest.length > 0 &&
      t('profile.narrative.acrobat', { list: list(n.acrobatStrongest.map((d) => postureLabel(t, d))) }),
    n.vigilance.length > 0 &&
      t('profile.narrative.vigilance', { list: list(n.vigilance.map((d) => postureLabel(t, d))) }),
    n.acrobatBalanced && t('profile.narrative.balanced'),
    n.strategistStrongest.length > 0 &&
      t('profile.narrative.strategist', { list: list(n.strategistStrongest.map((d) => postureLabel(t, d))) }),
    n.askedNotAtEase.length > 0 &&
      t('profile.narrative.asked', { list: list(n.askedNotAtEase.map((id) => competencyLabel(t, id))) }),
    n.atEaseNotAsked.length > 0 &&
      t('profile.narrative.atEase', { list: list(n.atEaseNotAsked.map((id) => competencyLabel(t, id))) }),
    n.strongestTensions.length > 0 &&
      t('profile.narrative.tensions', { list: list(n.strongestTensions.map((id) => tensionLabel(t, id))) }),
    n.prevailingTensions.length > 0 &&
      t(
        n.prevailingTensions.length > 1 ? 'profile.narrative.prevailingTie' : 'profile.narrative.prevailing',
        {
          list: list(n.prevailingTensions.map((id) => tensionLabel(t, id))),
        },
      ),
    n.meetings?.actual != null &&
      t('profile.narrative.meetingsActual', { actual: n.meetings.actual, reference: n.meetings.reference }),
    n.meetings?.actual != null &&
      n.meetings.wished != null &&
      t('profile.narrative.meetingsWished', { wished: n.meetings.wished }),
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);

  return (
    <section id="portrait" aria-labelledby="portrait-h" className="portrait">
      <h2 id="portrait-h">{t('profile.narrative.title')}</h2>
      <div className="narrative">
        {sentences.length === 0 ? (
          <p>{t('profile.narrative.empty')}</p>
        ) : (
          sentences.map((s) => <p key={s}>{s}</p>)
        )}
      </div>
      <p className="intro">{t('profile.narrative.caveat')}</p>
      {profile.missing.length > 0 && (
        <div className="missing-list">
          <p>{t('profile.narrative.missing')}</p>
          <ul>
            {profile.missing.map((instrument) => (
              <li key={instrument}>
                <Link to={paths.instrument(assessmentId, instrument)}>
                  {t(`instrument.${instrument}.title`)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
