// Situations: for each real situation of the reference, where the person would look first.
import { useTranslation } from 'react-i18next';
import { SITUATIONS, type PostureId } from '../../domain/content/postures';
import { ChoiceItem } from './ChoiceItem';
import { PostureFrame } from './PostureFrame';

export function SituationsPage() {
  const { t } = useTranslation();
  return (
    <PostureFrame instrument="situations" resultSection="situations">
      {({ values, save }) =>
        SITUATIONS.map((situation, index) => {
          const stored = values[situation.id];
          const key = situation.id.replace(/^situation\./, '');
          return (
            <section key={situation.id} className="card situation" aria-labelledby={`${key}-h`}>
              <ChoiceItem<PostureId>
                legend={t('posture.situationQuestion')}
                options={situation.options.map((posture) => ({
                  value: posture,
                  label: t(`situation.${key}.options.${posture}`, { ns: 'postures' }),
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
                    {t('posture.situationNumber', { current: index + 1, total: SITUATIONS.length })}
                  </span>{' '}
                  {t(`situation.${key}.title`, { ns: 'postures' })}
                </h2>
                <p>{t(`situation.${key}.context`, { ns: 'postures' })}</p>
              </ChoiceItem>
            </section>
          );
        })
      }
    </PostureFrame>
  );
}
