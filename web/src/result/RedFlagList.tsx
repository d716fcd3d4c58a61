import { FLAG_KEYS } from "../../../src/core/checkin/schema";
import { RED_FLAG_QUESTIONS } from "../../../src/core/learn/red-flags";

/** care-rules: every advice screen shows the red-flag list: the signs, and what to do about each. */
export function RedFlagList() {
  return (
    <section className="red-flags" aria-labelledby="red-flags-title">
      <h2 id="red-flags-title">Watch for these signs</h2>
      <p className="hint">If any of them appears, get help as it says.</p>
      <ul className="flags">
        {FLAG_KEYS.map((k) => {
          const q = RED_FLAG_QUESTIONS[k];
          return (
            <li key={k}>
              {q.sign} <span className="muted">{q.whatToDo}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
