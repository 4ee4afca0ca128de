import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PacingIndicator from '../../components/PacingIndicator.vue'
import { labelsFor } from '../../scripts/lib/labels'

describe('PacingIndicator', () => {
  const budgets = [60, 90, 30]
  it.each([
    [30, 1, 'is-on-pace', 'On pace'],
    [20, 2, 'is-ahead', '0:40 ahead'],
    [215, 2, 'is-behind', '1:05 behind'],
  ])('at %i s on slide %i shows %s', (elapsed, current, cls, text) => {
    const wrapper = mount(PacingIndicator, { props: { elapsed, budgets, current } })
    expect(wrapper.classes()).toContain(cls)
    expect(wrapper.text()).toBe(text)
    expect(wrapper.attributes('title')).toContain(`Slide ${current} is planned from`)
  })

  it('speaks the deck\'s language', () => {
    const wrapper = mount(PacingIndicator, { props: { elapsed: 20, budgets, current: 2, labels: labelsFor('fr') } })
    expect(wrapper.text()).toBe('0:40 d’avance')
    expect(wrapper.attributes('title')).toBe('La diapositive 2 est prévue de 1:00 à 2:30\u00A0; le chronomètre en est à 0:20.')
    expect(mount(PacingIndicator, { props: { elapsed: 30, budgets, current: 1, labels: labelsFor('ru') } }).text()).toBe('По графику')
  })

  it('says nothing until the presenter starts the timer', () => {
    const wrapper = mount(PacingIndicator, { props: { elapsed: 0, budgets, current: 3, started: false } })
    expect(wrapper.text()).toBe('')
    expect(wrapper.find('.pacing-indicator').exists()).toBe(false)
  })
})
