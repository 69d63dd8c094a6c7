import { Circle, G, Line, Path, Rect, Svg, Text, View } from "@react-pdf/renderer";
import type { ComponentProps } from "react";
import { programmeBandText, sessionColor } from "~/timeline/charts/palette";
import type { ChartModel } from "~/timeline/charts/types";
import { PDF_FONT } from "~/prep/pdf-layout";
import { colors, styles } from "./styles";

const AXIS = "#94a3b8";
const GRID = "#e2e8f0";
const INK = "#475569";
const DASH = "5 4";
const SESSION_DASH = "2 3";
/** Tick and rule labels print at this size whatever the chart's own units. */
const LABEL_PT = 7.5;

/**
 * The font of an <Svg>'s text. react-pdf reads it from SVG props, which its types leave out
 * (they list only presentation attributes), hence the cast.
 */
function svgFont(fontSize: number): Partial<ComponentProps<typeof Svg>> {
  return { fontFamily: PDF_FONT, fontSize } as Partial<ComponentProps<typeof Svg>>;
}

/**
 * A ChartModel drawn with react-pdf's <Svg>: the same marks at the same coordinates as the web
 * page's SVG (src/components/timeline/chart-svg.tsx), scaled to `width` points.
 */
export function ChartPdf({ model, width }: { model: ChartModel; width: number }) {
  const { plot } = model;
  const bottom = plot.y + plot.height;
  const right = plot.x + plot.width;
  const scale = width / model.width;
  return (
    <View wrap={false} style={{ marginBottom: 12 }}>
      <Text style={styles.h3}>{model.title}</Text>
      <Text style={[styles.small, { marginBottom: 4 }]}>{model.summary}</Text>
      <Svg
        width={width}
        height={model.height * scale}
        viewBox={`0 0 ${model.width} ${model.height}`}
        fill={INK}
        {...svgFont(LABEL_PT / scale)}
      >
        {model.shade ? (
          <Rect
            x={model.shade.x}
            y={model.shade.y}
            width={model.shade.width}
            height={model.shade.height}
            fill={model.shade.fill}
          />
        ) : null}
        {model.programmeBands?.map((b) => (
          <G key={`w${b.x}`}>
            <Rect x={b.x} y={b.y} width={b.width} height={b.height} rx={2} fill={b.fill} />
            {b.text ? (
              <Text
                x={b.x + b.width / 2}
                y={b.y + b.height / 2}
                textAnchor="middle"
                dominantBaseline="middle"
                fill={programmeBandText}
              >
                {b.text}
              </Text>
            ) : null}
          </G>
        ))}
        {model.yTicks.map((t) => (
          <G key={`y${t.y}`}>
            <Line x1={plot.x} x2={right} y1={t.y} y2={t.y} stroke={GRID} strokeWidth={1} />
            <Text x={plot.x - 6} y={t.y} textAnchor="end" dominantBaseline="middle">
              {t.label}
            </Text>
          </G>
        ))}
        <Line x1={plot.x} x2={plot.x} y1={plot.y} y2={bottom} stroke={AXIS} strokeWidth={1} />
        <Line x1={plot.x} x2={right} y1={bottom} y2={bottom} stroke={AXIS} strokeWidth={1} />
        {model.yTicksRight ? (
          <G>
            <Line x1={right} x2={right} y1={plot.y} y2={bottom} stroke={AXIS} strokeWidth={1} />
            {model.yTicksRight.map((t) => (
              <Text key={`r${t.y}`} x={right + 6} y={t.y} dominantBaseline="middle">
                {t.label}
              </Text>
            ))}
          </G>
        ) : null}
        {model.xTicks.map((t) => (
          <Text key={`x${t.x}`} x={t.x} y={bottom + 16} textAnchor="middle">
            {t.label}
          </Text>
        ))}
        {model.bars.map((b, i) => (
          <Rect key={`b${i}`} x={b.x} y={b.y} width={b.width} height={b.height} fill={b.fill} />
        ))}
        {model.lines.map((l, i) => (
          <Path
            key={`l${i}`}
            d={l.d}
            fill="none"
            stroke={l.stroke}
            strokeWidth={2}
            strokeDasharray={l.dashed ? DASH : undefined}
          />
        ))}
        {model.points.map((p, i) => (
          <Circle key={`p${i}`} cx={p.cx} cy={p.cy} r={p.r} fill={p.fill} />
        ))}
        {model.sessions.map((s) => (
          <Line
            key={`s${s.x}`}
            x1={s.x}
            x2={s.x}
            y1={plot.y}
            y2={bottom}
            stroke={sessionColor}
            strokeWidth={1.5}
            strokeDasharray={SESSION_DASH}
          />
        ))}
        {model.rules.map((r, i) => (
          <G key={`r${i}`}>
            <Line
              x1={r.x1}
              y1={r.y1}
              x2={r.x2}
              y2={r.y2}
              stroke={r.stroke}
              strokeWidth={1.5}
              strokeDasharray={r.dashed ? DASH : undefined}
            />
            <Text x={r.x2} y={r.y2 - 4} textAnchor="end" fill={r.stroke}>
              {r.label}
            </Text>
          </G>
        ))}
        {model.annotations?.map((a, i) => (
          <Text key={`a${i}`} x={a.x} y={a.y} textAnchor={a.anchor} fill={colors.ink}>
            {a.text}
          </Text>
        ))}
        {model.empty ? (
          <Text x={plot.x + plot.width / 2} y={plot.y + plot.height / 2} textAnchor="middle">
            Nothing logged in these weeks
          </Text>
        ) : null}
      </Svg>
      <ChartLegendPdf legend={model.legend} />
      {model.footnote ? (
        <Text style={[styles.small, { marginTop: 3 }]}>{model.footnote}</Text>
      ) : null}
    </View>
  );
}

function ChartLegendPdf({ legend }: { legend: ChartModel["legend"] }) {
  if (legend.length === 0) return null;
  return (
    <View style={{ flexDirection: "row", flexWrap: "wrap", marginTop: 3 }}>
      {legend.map((item) => (
        <View
          key={item.label}
          style={{ flexDirection: "row", alignItems: "center", marginRight: 12, marginTop: 2 }}
        >
          <Svg width={16} height={8} viewBox="0 0 16 8" style={{ marginRight: 4 }}>
            {item.dashed ? (
              <Line
                x1={0}
                x2={16}
                y1={4}
                y2={4}
                stroke={item.color}
                strokeWidth={2}
                strokeDasharray="4 3"
              />
            ) : (
              <Rect
                width={16}
                height={8}
                rx={2}
                fill={item.color}
                {...(item.shaded ? { stroke: AXIS, strokeWidth: 1 } : {})}
              />
            )}
          </Svg>
          <Text style={{ fontSize: 8, lineHeight: 1.2, color: colors.muted }}>{item.label}</Text>
        </View>
      ))}
    </View>
  );
}
