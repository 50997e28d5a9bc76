/**
 * The agglomeration schedule as SPSS prints it (core/cluster agglomerationSchedule): stage,
 * the two clusters combined (named by their first member), coefficient = within-cluster sum
 * of squares after the stage, merge height, the stages where each cluster first appeared and
 * the next stage that uses the new cluster.
 */
import type { ScheduleStage } from '../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { ScrollRegion } from '../common/ScrollRegion.tsx';

export function scheduleHeader(t: ReturnType<typeof useT>): string[] {
  return [
    t('clustering.schedule.stage'),
    t('clustering.schedule.cluster1'),
    t('clustering.schedule.cluster2'),
    t('clustering.schedule.coefficient'),
    t('clustering.schedule.height'),
    t('clustering.schedule.first1'),
    t('clustering.schedule.first2'),
    t('clustering.schedule.next'),
  ];
}

export function ScheduleTable({
  schedule,
  name,
}: {
  schedule: readonly ScheduleStage[];
  /** Name of observation i (1-based, as the schedule numbers them). */
  name: (obs1: number) => string;
}) {
  const t = useT();
  const header = scheduleHeader(t);
  return (
    <ScrollRegion label={t('clustering.schedule')} className="schedule-scroll">
      <table className="data compact" data-testid="schedule-table">
        <caption className="visually-hidden">{t('clustering.schedule')}</caption>
        <thead>
          <tr>
            {header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {schedule.map((s) => (
            <tr key={s.stage}>
              <td>{s.stage}</td>
              <td title={name(s.cluster1)}>
                {s.cluster1} <span className="muted">{name(s.cluster1)}</span>
              </td>
              <td title={name(s.cluster2)}>
                {s.cluster2} <span className="muted">{name(s.cluster2)}</span>
              </td>
              <td className="num">{t.num(s.coefficient, 3)}</td>
              <td className="num">{t.num(s.height, 3)}</td>
              <td className="num">{s.firstAppears1}</td>
              <td className="num">{s.firstAppears2}</td>
              <td className="num">{s.nextStage}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
