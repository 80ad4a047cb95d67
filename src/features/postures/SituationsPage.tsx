import { byId } from '../../i18n/byId';
// Situations: for each situation drawn from the reference, where the person would look first, and whether
// that move is their usual reflex or what the situation calls for. Options come in an order shuffled
// for this bilan (optionOrder), the same every time it is opened.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  SITUATION_FITS,
  SITUATIONS,
  situationFit,
  type PostureId,
  type SituationFit,
} from '../../domain/content/postures';
import { optionOrder } from '../../domain/optionOrder';
import { situationFitItemId } from '../../domain/progress';
import { ChoiceItem } from './ChoiceItem';
import { PostureFrame } from './PostureFrame';

export function SituationsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const fits = SITUATION_FITS.map((v) => ({ value: v, label: t(($) => $.posture.fit[v]) }));
  return (
    <PostureFrame instrument="situations" resultSection="situations">
      {({ values, save }) =>
        SITUATIONS.map((situation, index) => {
          const stored = values[situation.id];
          const key = situation.id.replace(/^situation\./, '');
          const fitId = situationFitItemId(situation.id);
          return (
            <section key={situation.id} className="card situation" aria-labelledby={`${key}-h`}>
              <ChoiceItem<PostureId>
                legend={t(($) => $.posture.situationQuestion)}
                options={optionOrder(situation.options, id, situation.id).map((posture) => ({
                  value: posture,
                  label: t(($) => byId($.situation, key, 'options', posture), { ns: 'postures' }),
                }))}
                stored={
                  typeof stored === 'string' && (situation.options as readonly string[]).includes(stored)
                    ? (stored as PostureId)
                    : undefined
                }
                save={(v) => save(situation.id, v)}
              >
                <h2 id={`${key}-h`}>
                  <span className="situation-number">
                    {t(($) => $.posture.situationNumber, { current: index + 1, total: SITUATIONS.length })}
                  </span>{' '}
                  {t(($) => byId($.situation, key, 'title'), { ns: 'postures' })}
                </h2>
                <p>{t(($) => byId($.situation, key, 'context'), { ns: 'postures' })}</p>
              </ChoiceItem>
              <ChoiceItem<SituationFit>
                className="fit"
                legend={t(($) => $.posture.fitQuestion)}
                options={fits}
                stored={situationFit(values[fitId])}
                save={(v) => save(fitId, v)}
              />
            </section>
          );
        })
      }
    </PostureFrame>
  );
}
