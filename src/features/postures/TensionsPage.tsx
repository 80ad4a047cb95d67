import { byId } from '../../i18n/byId';
// The four tensions of the professional posture: how strongly each force pulls on the person now, then,
// pair by pair, which one prevails when two of them pull apart (or whether the person holds the balance).
import { useTranslation } from 'react-i18next';
import {
  BALANCE,
  PULL_LEVELS,
  TENSION_IDS,
  TENSION_PAIRS,
  pairOutcome,
  type PairOutcome,
  type Pull,
} from '../../domain/content/postures';
import { tensionItemId, tensionPairItemId } from '../../domain/progress';
import { ChoiceItem } from './ChoiceItem';
import { PostureFrame } from './PostureFrame';

export function TensionsPage() {
  const { t } = useTranslation();
  const options = PULL_LEVELS.map((v) => ({ value: v, label: t(($) => $.scale.pull[v]) }));
  const label = (id: string) => t(($) => byId($.tension, id, 'label'), { ns: 'postures' });
  return (
    <PostureFrame instrument="tensions" resultSection="tensions">
      {({ values, save }) => (
        <>
          {TENSION_IDS.map((tension) => {
            const itemId = tensionItemId(tension);
            const stored = values[itemId];
            return (
              <section key={tension} className="dimension" aria-labelledby={`${tension}-h`}>
                <h2 id={`${tension}-h`}>{label(tension)}</h2>
                <p className="modality-description">
                  {t(($) => $.tension[tension].description, { ns: 'postures' })}
                </p>
                <ChoiceItem<Pull>
                  className="frequency"
                  legend={t(($) => $.posture.tensionQuestion, { force: label(tension) })}
                  options={options}
                  stored={typeof stored === 'number' ? (stored as Pull) : undefined}
                  save={(v) => save(itemId, v)}
                />
              </section>
            );
          })}
          <section className="dimension tension-pairs" aria-labelledby="pairs-h">
            <h2 id="pairs-h">{t(($) => $.posture.pairs.title)}</h2>
            <p className="modality-description">{t(($) => $.posture.pairs.intro)}</p>
            {TENSION_PAIRS.map((pair) => {
              const itemId = tensionPairItemId(pair);
              const [a, b] = pair;
              return (
                <ChoiceItem<PairOutcome>
                  key={itemId}
                  className="pair"
                  legend={t(($) => $.posture.pairs.question, { a: label(a), b: label(b) })}
                  options={[
                    { value: a, label: t(($) => $.posture.pairs.wins, { force: label(a) }) },
                    { value: BALANCE, label: t(($) => $.posture.pairs.balance) },
                    { value: b, label: t(($) => $.posture.pairs.wins, { force: label(b) }) },
                  ]}
                  stored={pairOutcome(pair, values[itemId])}
                  save={(v) => save(itemId, v)}
                />
              );
            })}
          </section>
        </>
      )}
    </PostureFrame>
  );
}
