/** The warnings about an answer, from either scorer: each flag's kind and why it was raised. */
export default function FlagList({ flags }: { flags: readonly { kind: string; message: string }[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="pr-flags" aria-label="Warnings about this answer">
      {flags.map((f, i) => (
        <li key={i}>
          <strong>{f.kind}</strong>: {f.message}
        </li>
      ))}
    </ul>
  );
}
