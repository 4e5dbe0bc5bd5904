import { Avatar } from './avatar';

/** A pseudonym with its colour mark; `<bdi>` keeps an Arabic or Hebrew name from reordering the text around it. */
export function PersonName({ color, name }: { color: string; name: string }) {
  return (
    <span className="person">
      <Avatar color={color} />
      <bdi>{name}</bdi>
    </span>
  );
}
