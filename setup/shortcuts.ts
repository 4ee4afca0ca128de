import type { NavOperations, ShortcutOptions } from '@slidev/types'
import { defineShortcutsSetup } from '@slidev/types'
import { setVariant, storedVariant } from './variant'

// L switches between the dark projection design and the light one, in every open window of the deck.
export default defineShortcutsSetup((_nav: NavOperations, base: ShortcutOptions[]) => [
  ...base,
  {
    name: 'memorial-variant',
    key: 'l',
    fn: () => setVariant(storedVariant() === 'light' ? 'dark' : 'light'),
    autoRepeat: false,
  },
])
