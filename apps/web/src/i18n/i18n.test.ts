import { describe, expect, it } from '@jest/globals';
import { accessLogNl } from './access-log.nl';
import { codingNl } from './coding.nl';
import { en } from './en';
import { nl } from './nl';
import { outreachNl } from './outreach.nl';

function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value]] : leaves(value as object, path);
  });
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('translations', () => {
  // The entry's catalogue and the texts that load with their pages.
  const dutch = new Map(leaves({ ...nl, ...codingNl, ...accessLogNl, ...outreachNl }));
  const english = new Map(leaves(en));

  it('should have exactly the same keys in Dutch and English', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('should have no empty strings', () => {
    const empty = [...dutch, ...english].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('should use the same {{placeholders}} in both languages', () => {
    const different = [...dutch.keys()].filter(
      (key) => placeholders(english.get(key) ?? '').join() !== placeholders(dutch.get(key) ?? '').join(),
    );
    expect(different).toEqual([]);
  });
});
