import { byId } from '../../i18n/byId';
// « Quel·le développeur·euse êtes-vous ? »: a short portrait in plain words, written from the results,
// in the practitioners' vocabulary (« posture de prédilection », never « vous êtes X »).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WholeProfile } from '../../domain/scoring/wholeProfile';
import { competencyLabel } from '../../components/competencyLabel';
import { paths } from '../../components/paths';
import { postureLabel, quotedList, tensionLabel } from './postureLabels';

type T = TFunction;

export type SentenceKey =
  | 'strengths'
  | 'macros'
  | 'preferred'
  | 'adaptation'
  | 'acrobat'
  | 'postureVsDirection'
  | 'vigilance'
  | 'balanced'
  | 'strategist'
  | 'asked'
  | 'atEase'
  | 'tensions'
  | 'prevailing'
  | 'meetingsActual'
  | 'meetingsWished';

/** The portrait's sentences, each with its key, in reading order; those with nothing to say are left out. */
export function narrativeSentences(
  profile: WholeProfile,
  t: T,
  lng: string,
): readonly { readonly key: SentenceKey; readonly text: string }[] {
  const n = profile.narrative;
  const { adaptationLevel } = n;
  const list = (labels: readonly string[]) => quotedList(t, lng, labels);
  const all: [SentenceKey, string | false | null][] = [
    [
      'strengths',
      n.strengths.length > 0 &&
        t(($) => $.profile.narrative.strengths, {
          list: list(n.strengths.map((id) => competencyLabel(t, id))),
        }),
    ],
    [
      'macros',
      n.strongestMacros.length > 0 &&
        t(($) => $.profile.narrative.macros, {
          list: list(n.strongestMacros.map((m) => t(($) => $.macro[m].label, { ns: 'content' }))),
        }),
    ],
    [
      'preferred',
      n.preferred.length > 0 &&
        t(
          ($) => (n.preferred.length > 1 ? $.profile.narrative.preferredTie : $.profile.narrative.preferred),
          {
            list: list(n.preferred.map((p) => postureLabel(t, p))),
          },
        ),
    ],
    ['adaptation', adaptationLevel && t(($) => byId($.profile.narrative.adaptation, adaptationLevel))],
    [
      'acrobat',
      n.acrobatStrongest.length > 0 &&
        t(($) => $.profile.narrative.acrobat, {
          list: list(n.acrobatStrongest.map((d) => postureLabel(t, d))),
        }),
    ],
    // Where both appear, what sets the situations' posture apart from the acrobat's direction.
    [
      'postureVsDirection',
      n.preferred.length > 0 &&
        n.acrobatStrongest.length > 0 &&
        t(($) => $.profile.narrative.postureVsDirection),
    ],
    [
      'vigilance',
      n.vigilance.length > 0 &&
        t(($) => $.profile.narrative.vigilance, { list: list(n.vigilance.map((d) => postureLabel(t, d))) }),
    ],
    ['balanced', n.acrobatBalanced && t(($) => $.profile.narrative.balanced)],
    [
      'strategist',
      n.strategistStrongest.length > 0 &&
        t(($) => $.profile.narrative.strategist, {
          list: list(n.strategistStrongest.map((d) => postureLabel(t, d))),
        }),
    ],
    [
      'asked',
      n.askedNotAtEase.length > 0 &&
        t(($) => $.profile.narrative.asked, {
          list: list(n.askedNotAtEase.map((id) => competencyLabel(t, id))),
        }),
    ],
    [
      'atEase',
      n.atEaseNotAsked.length > 0 &&
        t(($) => $.profile.narrative.atEase, {
          list: list(n.atEaseNotAsked.map((id) => competencyLabel(t, id))),
        }),
    ],
    [
      'tensions',
      n.strongestTensions.length > 0 &&
        t(($) => $.profile.narrative.tensions, {
          list: list(n.strongestTensions.map((id) => tensionLabel(t, id))),
        }),
    ],
    [
      'prevailing',
      n.prevailingTensions.length > 0 &&
        t(
          ($) =>
            n.prevailingTensions.length > 1
              ? $.profile.narrative.prevailingTie
              : $.profile.narrative.prevailing,
          { list: list(n.prevailingTensions.map((id) => tensionLabel(t, id))) },
        ),
    ],
    [
      'meetingsActual',
      n.meetings?.actual != null &&
        t(($) => $.profile.narrative.meetingsActual, {
          actual: n.meetings.actual,
          reference: n.meetings.reference,
        }),
    ],
    [
      'meetingsWished',
      n.meetings?.actual != null &&
        n.meetings.wished != null &&
        t(($) => $.profile.narrative.meetingsWished, { wished: n.meetings.wished }),
    ],
  ];
  return all.flatMap(([key, text]) => (typeof text === 'string' && text.length > 0 ? [{ key, text }] : []));
}

export function Narrative({
  profile,
  assessmentId,
}: {
  readonly profile: WholeProfile;
  readonly assessmentId: string;
}) {
  const { t, i18n } = useTranslation();
  const sentences = narrativeSentences(profile, t, i18n.language).map((s) => s.text);

  return (
    <section id="portrait" aria-labelledby="portrait-h" className="portrait">
      <h2 id="portrait-h">{t(($) => $.profile.narrative.title)}</h2>
      <div className="narrative">
        {sentences.length === 0 ? (
          <p>{t(($) => $.profile.narrative.empty)}</p>
        ) : (
          sentences.map((s) => <p key={s}>{s}</p>)
        )}
      </div>
      <p className="intro">{t(($) => $.profile.narrative.caveat)}</p>
      {profile.missing.length > 0 && (
        <div className="missing-list">
          <p>{t(($) => $.profile.narrative.missing)}</p>
          <ul>
            {profile.missing.map((instrument) => (
              <li key={instrument}>
                <Link to={paths.instrument(assessmentId, instrument)}>
                  {t(($) => $.instrument[instrument].title)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
