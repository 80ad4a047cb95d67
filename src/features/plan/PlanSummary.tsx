// The development plan as it shows on the profile and in the printed report.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PlanItem } from '../../domain/plan';
import { usePlanItems } from '../../db/hooks';
import { formatDay } from '../../components/format';
import { paths } from '../../components/paths';
import { targetLabel } from './planTargets';

/** Reads the bilan's plan, then PlanSummaryView renders it. */
export function PlanSummary() {
  const { id = '' } = useParams();
  const items = usePlanItems(id);
  return items === undefined ? null : <PlanSummaryView assessmentId={id} items={items} />;
}

export function PlanSummaryView({
  assessmentId,
  items,
}: {
  readonly assessmentId: string;
  readonly items: readonly PlanItem[];
}) {
  const { t, i18n } = useTranslation();
  return (
    <section id="plan" aria-labelledby="plan-h">
      <h2 id="plan-h">{t(($) => $.plan.title)}</h2>
      {items.length === 0 ? (
        <p className="empty">{t(($) => $.plan.profileEmpty)}</p>
      ) : (
        <ul className="plan-summary">
          {items.map((item) => (
            <li key={item.id}>
              <strong>{targetLabel(t, item.targetId)}</strong>
              {item.why && <p>{t(($) => $.plan.whyLine, { text: item.why })}</p>}
              {item.how.length > 0 && (
                <p>
                  {t(($) => $.plan.howLine, {
                    list: item.how.map((m) => t(($) => $.plan.means[m])).join(', '),
                  })}
                </p>
              )}
              {item.withWhom && <p>{t(($) => $.plan.withWhomLine, { text: item.withWhom })}</p>}
              {item.reviewOn && (
                <p>
                  {t(($) => $.plan.reviewLine, {
                    date: formatDay(item.reviewOn, i18n.language),
                  })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="no-print">
        <Link to={paths.plan(assessmentId)}>
          {items.length === 0 ? t(($) => $.plan.start) : t(($) => $.plan.edit)}
        </Link>
      </p>
    </section>
  );
}
