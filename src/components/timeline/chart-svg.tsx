import { programmeBandText, sessionColor } from "~/timeline/charts/palette";
import type { ChartModel } from "~/timeline/charts/types";

const AXIS = "#94a3b8";
const GRID = "#e2e8f0";
const INK = "#475569";
const DASH = "5 4";
const SESSION_DASH = "2 3";

/**
 * A ChartModel drawn as inline SVG. It only draws what the model says, at the coordinates the
 * model computed: the session-prep PDF draws the same model, so the two never disagree.
 */
export function ChartSvg({ model }: { model: ChartModel }) {
  const { plot } = model;
  const bottom = plot.y + plot.height;
  const right = plot.x + plot.width;
  return (
    <figure className="min-w-0 space-y-2" data-testid={`chart-${model.id}`}>
      <figcaption>
        <h3 className="font-semibold text-slate-900">{model.title}</h3>
        <p className="text-sm text-slate-600">{model.summary}</p>
      </figcaption>
      <svg
        viewBox={`0 0 ${model.width} ${model.height}`}
        role="img"
        aria-label={`${model.title}. ${model.summary}`}
        // Labels are sized in the chart's units: larger ones when a phone shrinks the chart.
        className="h-auto w-full overflow-visible text-[18px] sm:text-[13px]"
        fill={INK}
      >
        <title>{model.title}</title>
        {model.shade ? (
          <rect
            data-mark="period"
            x={model.shade.x}
            y={model.shade.y}
            width={model.shade.width}
            height={model.shade.height}
            fill={model.shade.fill}
          >
            <title>{model.shade.label}</title>
          </rect>
        ) : null}
        {model.programmeBands?.map((b) => (
          <g key={`w${b.x}`} data-mark="programme-week">
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={2} fill={b.fill}>
              <title>{b.label}</title>
            </rect>
            {b.text ? (
              <text
                x={b.x + b.width / 2}
                y={b.y + b.height / 2}
                textAnchor="middle"
                dominantBaseline="central"
                fontSize={11}
                fill={programmeBandText}
                aria-hidden="true"
              >
                {b.text}
              </text>
            ) : null}
          </g>
        ))}
        {model.yTicks.map((t) => (
          <g key={`y${t.y}`}>
            <line x1={plot.x} x2={right} y1={t.y} y2={t.y} stroke={GRID} />
            <text x={plot.x - 6} y={t.y} textAnchor="end" dominantBaseline="middle">
              {t.label}
            </text>
          </g>
        ))}
        <line x1={plot.x} x2={plot.x} y1={plot.y} y2={bottom} stroke={AXIS} />
        <line x1={plot.x} x2={right} y1={bottom} y2={bottom} stroke={AXIS} />
        {model.yTicksRight ? (
          <g>
            <line x1={right} x2={right} y1={plot.y} y2={bottom} stroke={AXIS} />
            {model.yTicksRight.map((t) => (
              <text key={`r${t.y}`} x={right + 6} y={t.y} dominantBaseline="middle">
                {t.label}
              </text>
            ))}
          </g>
        ) : null}
        {model.xTicks.map((t) => (
          <text key={`x${t.x}`} x={t.x} y={bottom + 16} textAnchor="middle">
            {t.label}
          </text>
        ))}
        {model.bars.map((b, i) => (
          <rect
            key={i}
            data-mark="bar"
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            fill={b.fill}
          >
            <title>{b.label}</title>
          </rect>
        ))}
        {model.lines.map((l, i) => (
          <path
            key={i}
            data-mark="line"
            d={l.d}
            fill="none"
            stroke={l.stroke}
            strokeWidth={2}
            strokeDasharray={l.dashed ? DASH : undefined}
          >
            <title>{l.label}</title>
          </path>
        ))}
        {model.points.map((p, i) => (
          <circle key={i} data-mark="point" cx={p.cx} cy={p.cy} r={p.r} fill={p.fill}>
            <title>{p.label}</title>
          </circle>
        ))}
        {model.sessions.map((s) => (
          <line
            key={`s${s.x}`}
            data-mark="session"
            x1={s.x}
            x2={s.x}
            y1={plot.y}
            y2={bottom}
            stroke={sessionColor}
            strokeWidth={1.5}
            strokeDasharray={SESSION_DASH}
          >
            <title>{s.label}</title>
          </line>
        ))}
        {model.rules.map((r, i) => (
          <g key={i} data-mark="rule">
            <line
              x1={r.x1}
              y1={r.y1}
              x2={r.x2}
              y2={r.y2}
              stroke={r.stroke}
              strokeWidth={1.5}
              strokeDasharray={r.dashed ? DASH : undefined}
            />
            <text x={r.x2} y={r.y2 - 4} textAnchor="end" fill={r.stroke}>
              {r.label}
            </text>
          </g>
        ))}
        {model.annotations?.map((a, i) => (
          <text key={`a${i}`} x={a.x} y={a.y} textAnchor={a.anchor} fill="#0f172a">
            {a.text}
          </text>
        ))}
        {model.empty ? (
          <text x={plot.x + plot.width / 2} y={plot.y + plot.height / 2} textAnchor="middle">
            Nothing logged in these weeks
          </text>
        ) : null}
      </svg>
      <ChartLegend legend={model.legend} />
      {model.footnote ? <p className="text-xs text-slate-600">{model.footnote}</p> : null}
    </figure>
  );
}

function ChartLegend({ legend }: { legend: ChartModel["legend"] }) {
  if (legend.length === 0) return null;
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
      {legend.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <svg aria-hidden="true" width="18" height="10" viewBox="0 0 18 10">
            {item.dashed ? (
              <line
                x1="0"
                x2="18"
                y1="5"
                y2="5"
                stroke={item.color}
                strokeWidth="2"
                strokeDasharray="4 3"
              />
            ) : (
              <rect
                width="18"
                height="10"
                rx="2"
                fill={item.color}
                {...(item.shaded ? { stroke: AXIS, strokeWidth: 1 } : {})}
              />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
