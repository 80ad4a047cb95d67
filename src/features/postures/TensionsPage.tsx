// The four tensions of the professional posture: how strongly each force pulls on the person now.
import { useTranslation } from 'react-i18next';
import { PULL_LEVELS, TENSION_IDS, type Pull } from '../../domain/content/postures';
import { tensionItemId } from '../../domain/progress';
import { ChoiceItem } from './ChoiceItem';
import { PostureFrame } from './PostureFrame';

export function TensionsPage() {
  const { t } = useTranslation();
  const options = PULL_LEVELS.map((v) => ({ value: v, label: t(`scale.pull.${v}`) }));
  return (
    <PostureFrame instrument="tensions" resultSection="tensions">
      {({ values, save }) =>
        TENSION_IDS.map((tension) => {
          const itemId = tensionItemId(tension);
          const stored = values[itemId];
          return (
            <section key={tension} className="dimension" aria-labelledby={`${tension}-h`}>
              <h2 id={`${tension}-h`}>{t(`tension.${tension}.label`, { ns: 'postures' })}</h2>
              <p className="modality-description">
                {t(`tension.${tension}.description`, { ns: 'postures' })}
              </p>
              <ChoiceItem<Pull>
                className="frequency"
                legend={t('posture.tensionQuestion', {
                  force: t(`tension.${tension}.label`, { ns: 'postures' }),
                })}
                options={options}
                stored={typeof stored === 'number' ? (stored as Pull) : undefined}
                save={(v) => save(itemId, v)}
              />
            </section>
          );
        })
      }
    </PostureFrame>
  );
}
