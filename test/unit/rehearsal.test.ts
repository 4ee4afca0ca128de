import { describe, expect, it } from 'vitest'
import { clock, pacing } from '../../composables/timing'
import { readDeckText } from '../../scripts/lib/deck'
import { rehearse } from '../../scripts/lib/rehearsal'

// A known deck: 130 words on slide 1 (one minute at 130 wpm), 65 words and two clicks on slide 2.
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')
const DECK = `---
title: Known deck
duration: 3min
budget: 70
---

# One

<!--
${words(130)}
-->

---
title: Two
budget: 40
---

# Two

<!--
[click] ${words(40)}

[click] ${words(25)}
-->

---
title: Three
budget: 70
---

# Three
`

describe('the rehearsal report', () => {
  const report = rehearse(readDeckText(DECK), 130)

  it('counts the words in the notes, leaving out click markers', () => {
    expect(report.rows.map(r => r.words)).toEqual([130, 65, 0])
    expect(report.rows.map(r => r.clicks)).toEqual([0, 2, 0])
  })

  it('counts an escaped "\\[click\\]" from an article as words, not as a reveal', () => {
    const deck = readDeckText('---\ntitle: T\n---\n\n# T\n\n<!--\nSay \\[click\\] aloud. [click] Then this.\n-->\n')
    expect(deck.slides[0]).toMatchObject({ clicks: 1, words: 5 })
    expect(deck.slides[0].spoken).toContain('Say [click] aloud.')
  })

  it('estimates speaking time at the rate, with a pause for the slide change and each click', () => {
    // 130 words at 130 wpm = 60 s, + 4 s; 65 words = 30 s, + 4 s + 2 x 2 s; nothing = 4 s.
    expect(report.rows.map(r => r.estimate)).toEqual([64, 38, 4])
    expect(report.totalEstimate).toBe(106)
  })

  it('keeps a running total of the budgets against the duration', () => {
    expect(report.rows.map(r => r.runningTotal)).toEqual([70, 110, 180])
    expect(report.totalBudget).toBe(180)
    expect(report.duration).toBe(180)
    expect(report.budgetsMatchDuration).toBe(true)
    expect(report.problems).toEqual([])
  })

  it('flags a slide whose notes cannot be spoken in its budget, and budgets that miss the duration', () => {
    const slow = rehearse(readDeckText(DECK), 100)
    expect(slow.rows[0]).toMatchObject({ estimate: 82, budget: 70, tooLong: true })
    expect(slow.problems[0]).toMatch(/slide 1 \("Known deck"\).*82 s at 100 words a minute.*70 s/)
    const short = rehearse(readDeckText(DECK.replace('duration: 3min', 'duration: 4min')), 130)
    expect(short.budgetsMatchDuration).toBe(false)
    expect(short.problems).toContain('the budgets add up to 180 s, but the deck\'s duration is 240 s.')
  })
})

describe('pacing', () => {
  const budgets = [60, 90, 30]

  it.each([
    [0, 1, 'on-pace', 0],
    [45, 2, 'ahead', 15],
    [100, 2, 'on-pace', 0],
    [170, 2, 'behind', 20],
    [150, 3, 'on-pace', 0],
    [200, 3, 'behind', 20],
    [10, 3, 'ahead', 140],
  ] as const)('at %i s on slide %i the speaker is %s by %i s', (elapsed, slide, status, seconds) => {
    expect(pacing(elapsed, budgets, slide)).toMatchObject({ status, seconds })
  })

  it('gives the current slide\'s planned window', () => {
    expect(pacing(0, budgets, 2)).toMatchObject({ start: 60, end: 150 })
  })

  it('formats seconds as a clock', () => {
    expect([clock(0), clock(95), clock(600)]).toEqual(['0:00', '1:35', '10:00'])
  })
})
