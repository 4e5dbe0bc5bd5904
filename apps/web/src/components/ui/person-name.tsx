import { Avatar } from './avatar';

/** A pseudonym with its colour mark. */
export function PersonName({ color, name }: { color: string; name: string }) {
  return (
    <span className="person">
      <Avatar color={color} />
      {name}
    </span>
  );
}
