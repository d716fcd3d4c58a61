/** care-rules: every screen that gives advice says so in one short line. */
export function Disclaimer() {
  return <p className="disclaimer">Backcoach is a self-care aid, not a diagnosis. If you are worried, call a doctor.</p>;
}
