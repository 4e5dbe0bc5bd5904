import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../table-wrap';

export interface GraphNode {
  id: string;
  label: string;
  /** Gave and received nothing: drawn with a dashed ring. */
  isolated: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
  count: number;
}

const SIZE = 420;
const C = SIZE / 2;
const R = 150;
const NODE = 18;

/** Deterministic circular layout: the first node at the top, then clockwise. */
export function circleLayout(n: number): { x: number; y: number; angle: number }[] {
  return Array.from({ length: n }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
    return { x: C + R * Math.cos(angle), y: C + R * Math.sin(angle), angle };
  });
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

/**
 * Who recognised themselves in whom, drawn as a network (arrow from the one who recognised to the one
 * they recognised themselves in; thicker for more), with the same edges in a table beside it.
 */
export function RecognitionGraph({
  nodes,
  edges,
  title,
}: {
  nodes: GraphNode[];
  edges: GraphEdge[];
  title: string;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const markerId = `${useId().replace(/:/g, '')}-arrow`;
  const pos = new Map(circleLayout(nodes.length).map((p, i) => [nodes[i]!.id, p]));
  const name = new Map(nodes.map((n) => [n.id, n.label]));
  const has = new Set(edges.map((e) => `${e.from}>${e.to}`));
  const byName = (id: string) => name.get(id) ?? id;
  const sorted = [...edges].sort(
    (a, b) => byName(a.from).localeCompare(byName(b.from)) || byName(a.to).localeCompare(byName(b.to)),
  );

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      <div className="chart__layout">
        <div className="chart__picture chart__picture--square">
          <svg
            viewBox={`0 0 ${SIZE} ${SIZE}`}
            className="chart__svg"
            role="img"
            aria-label={t('insight.chart.seeTable', { title })}
          >
            <defs>
              <marker
                id={markerId}
                markerUnits="userSpaceOnUse"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="11"
                markerHeight="11"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" className="graph__arrow" />
              </marker>
            </defs>
            {edges.map((e) => {
              const a = pos.get(e.from);
              const b = pos.get(e.to);
              if (!a || !b) return null;
              const dx = b.x - a.x;
              const dy = b.y - a.y;
              const len = Math.hypot(dx, dy) || 1;
              const ux = dx / len;
              const uy = dy / len;
              // Two-way pairs bend apart so both arrows stay visible.
              const bend = has.has(`${e.to}>${e.from}`) ? 18 : 0;
              const sx = a.x + ux * NODE;
              const sy = a.y + uy * NODE;
              const tx = b.x - ux * (NODE + 3);
              const ty = b.y - uy * (NODE + 3);
              const mx = (sx + tx) / 2 - uy * bend;
              const my = (sy + ty) / 2 + ux * bend;
              return (
                <path
                  key={`${e.from}>${e.to}`}
                  d={`M ${sx} ${sy} Q ${mx} ${my} ${tx} ${ty}`}
                  className="graph__edge"
                  strokeWidth={1.5 + Math.min(4, e.count - 1)}
                  markerEnd={`url(#${markerId})`}
                >
                  <title>
                    {t('insight.graph.edgeTitle', {
                      from: name.get(e.from) ?? '?',
                      to: name.get(e.to) ?? '?',
                      count: e.count,
                    })}
                  </title>
                </path>
              );
            })}
            {nodes.map((n) => {
              const p = pos.get(n.id)!;
              const lx = C + (R + NODE + 12) * Math.cos(p.angle);
              const ly = C + (R + NODE + 12) * Math.sin(p.angle);
              const anchor =
                Math.abs(Math.cos(p.angle)) < 0.3 ? 'middle' : Math.cos(p.angle) > 0 ? 'start' : 'end';
              return (
                <g key={n.id}>
                  <circle
                    cx={p.x}
                    cy={p.y}
                    r={NODE}
                    className={n.isolated ? 'graph__node graph__node--isolated' : 'graph__node'}
                  />
                  <text x={p.x} y={p.y + 4} textAnchor="middle" className="graph__initials">
                    {initials(n.label)}
                  </text>
                  <text x={lx} y={ly + 4} textAnchor={anchor} className="chart__tick">
                    {n.label}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
        <TableWrap label={title} className="chart__table">
          <table className="table table--compact">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insight.graph.from')}</th>
                <th scope="col">{t('insight.graph.to')}</th>
                <th scope="col" className="num">
                  {t('insight.graph.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {edges.length === 0 && (
                <tr>
                  <td colSpan={3}>{t('insight.graph.none')}</td>
                </tr>
              )}
              {sorted.map((e) => (
                <tr key={`${e.from}>${e.to}`}>
                  <th scope="row">{name.get(e.from) ?? '?'}</th>
                  <td>{name.get(e.to) ?? '?'}</td>
                  <td className="num">{e.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </div>
    </figure>
  );
}
