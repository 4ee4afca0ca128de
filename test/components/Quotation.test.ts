import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Quotation from '../../components/Quotation.vue'

const paragraphs = [
  { segments: [{ kind: 'text' as const, text: 'After the Stalingrad slaughter, as is known, the Germans were unable to recover.' }, { kind: 'elision' as const, text: '[…]' }], open: '“' },
  { segments: [{ kind: 'text' as const, text: 'Herein lies the source of the strength of our state.' }, { kind: 'stage' as const, text: '(Loud and prolonged applause.)' }], open: '“', close: '”' },
]

describe('Quotation', () => {
  it('shows the words with their quotation marks, elision and stage direction', () => {
    const wrapper = mount(Quotation, { props: { paragraphs } })
    const shown = wrapper.findAll('blockquote p').map(p => p.text().replace(/\s+/g, ' '))
    expect(shown).toEqual([
      '“After the Stalingrad slaughter, as is known, the Germans were unable to recover. […]',
      '“Herein lies the source of the strength of our state. (Loud and prolonged applause.)”',
    ])
    expect(wrapper.find('.elision').text()).toBe('[…]')
    expect(wrapper.find('.stage-direction').text()).toBe('(Loud and prolonged applause.)')
  })

  it('attributes the quotation to its speaker, occasion and date, and numbers the part', () => {
    const wrapper = mount(Quotation, {
      props: { paragraphs, speaker: 'Joseph Stalin', occasion: 'the celebration of the 26th anniversary of the Great October Revolution', when: 'November 1943', part: 2, parts: 4 },
    })
    const caption = wrapper.find('figcaption')
    expect(caption.find('.speaker').text()).toBe('Joseph Stalin')
    expect(caption.find('.occasion').text()).toContain('26th anniversary')
    expect(caption.find('.when').text()).toBe('November 1943')
    expect(caption.find('.part').text()).toBe('2 / 4')
  })

  it('leaves out the closing mark on a part that does not end the quotation', () => {
    const wrapper = mount(Quotation, { props: { paragraphs: [{ segments: [{ kind: 'text', text: 'In the Patriotic War' }] }] } })
    expect(wrapper.find('blockquote p').text()).toBe('In the Patriotic War')
    expect(wrapper.find('figcaption').exists()).toBe(false)
  })

  it('keeps the article\'s own quotation marks', () => {
    const wrapper = mount(Quotation, { props: { paragraphs: [{ segments: [{ kind: 'text', text: 'Nous nous souvenons.' }], open: '«', close: '»' }] } })
    expect(wrapper.find('blockquote p').text()).toBe('«Nous nous souvenons.»')
  })

  it('binds French guillemets to their words and keeps verse on its lines', () => {
    const wrapper = mount(Quotation, { props: { verse: true, paragraphs: [{ segments: [{ kind: 'text', text: 'Dormez, mes compagnons,\nLe blé repoussera' }], open: '« ', close: ' »' }], speaker: 'un instituteur', role: 'mort en Champagne', partLabel: 'partie 1 sur 2', part: 1, parts: 2 } })
    expect(wrapper.find('blockquote').classes()).toContain('verse')
    expect(wrapper.find('blockquote p').text()).toBe('«\u00A0Dormez, mes compagnons,\nLe blé repoussera\u00A0»')
    expect(wrapper.find('.role').text()).toBe('mort en Champagne')
    expect(wrapper.find('.part').attributes('aria-label')).toBe('partie 1 sur 2')
  })

  it('renders text as text: markup in a quotation is not interpreted', () => {
    const wrapper = mount(Quotation, { props: { paragraphs: [{ segments: [{ kind: 'text', text: '<b>{{ 7 * 7 }}</b>' }], open: '“', close: '”' }] } })
    expect(wrapper.find('blockquote p').text()).toBe('“<b>{{ 7 * 7 }}</b>”')
    expect(wrapper.find('blockquote b').exists()).toBe(false)
  })
})
