/** What the core says about a run, in sentences (the same notes `dojo evade` and `dojo poison` print). */
export function LabNotes({ notes }: { notes: string[] }) {
  if (!notes.length) return null;
  return (
    <ul className="sim-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
