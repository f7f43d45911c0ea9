// @ts-nocheck
import { guidesOf } from '../../lib/guides.ts';
import type { Rule } from '../model.ts';

/** The changelog guide is written by the release itself; its own growth is not news. */
const changelogGuide = 'Changelog';

export default {
  id: 'guide-changed',
  class: 'docs',
  summary: 'a guide (the overview or a guide tag) is new or reworded',
  document: ({ before, after }) => {
    const previous = new Map(guidesOf(before).map((guide) => [guide.name, guide.text]));
    return guidesOf(after)
      .filter((guide) => guide.name !== changelogGuide && previous.get(guide.name) !== guide.text)
      .map((guide) => ({ operation: 'Guides', message: `${guide.name} ${previous.has(guide.name) ? 'updated' : 'added'}` }));
  },
} satisfies Rule;
