/** The labelled search box over one of the builder's catalogues (ATLAS techniques, mitigations). */
import { useId } from 'react';

interface Props {
  label: string;
  placeholder: string;
  value: string;
  onChange(query: string): void;
}

export default function CatalogueSearch({ label, placeholder, value, onChange }: Props) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        autoComplete="off"
        maxLength={100}
      />
    </>
  );
}
