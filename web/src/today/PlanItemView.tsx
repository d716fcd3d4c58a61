import { Link } from "wouter";
import type { Plan, PlanItem } from "../../../src/core/plan/schema";
import { KIND_LABELS, isThermal } from "./kinds";
import { timerHref } from "../timer/timerLink";

/** One plan item: what, why (its rule ids), and the way in to its timer or guided exercise. */
export function PlanItemView({
  item,
  plan,
  episodeId,
  done,
  onDone,
}: {
  item: PlanItem;
  plan: Plan;
  episodeId?: string;
  done?: boolean;
  onDone?: (done: boolean) => void;
}) {
  const title = KIND_LABELS[item.kind];
  return (
    <li className={done ? "item done" : "item"}>
      {onDone ? (
        <label className="tick">
          <input type="checkbox" checked={done ?? false} onChange={(e) => onDone(e.target.checked)} />
          <span>
            <span className="kind">{title}</span>
            <br />
            {item.text}
          </span>
        </label>
      ) : (
        <>
          <span className="kind">{title}</span>
          <p>{item.text}</p>
        </>
      )}
      {(item.timesPerDay !== undefined || item.stopIfPain) && (
        <p className="hint">
          {item.timesPerDay !== undefined && `${item.timesPerDay} times a day. `}
          {item.stopIfPain && "Stop if it hurts."}
        </p>
      )}
      <div className="actions">
        {isThermal(item.kind) && (
          <Link href={timerHref(item, plan)} className="button">
            Start a {item.maxMinutes ?? 20}-minute session
          </Link>
        )}
        {item.exerciseId && item.exerciseId !== "walk" && (
          <Link href={`/exercise/${item.exerciseId}${episodeId ? `?episode=${encodeURIComponent(episodeId)}` : ""}`} className="button">
            Guide me
          </Link>
        )}
        <span className="hint">
          Why:{" "}
          {item.ruleIds.map((id) => (
            <span key={id} className="rule-id">
              {id}
            </span>
          ))}
        </span>
      </div>
    </li>
  );
}
