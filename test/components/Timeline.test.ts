import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Timeline from '../../components/Timeline.vue'
import { vClickStub } from './setup'

describe('Timeline', () => {
  it('lists the events in order with their dates, each revealed by a click', () => {
    const events = [
      { date: 'August 23, 1942', text: 'the Nazi invaders who attacked Stalingrad on August 23, 1942' },
      { text: 'Followed by a decisive victory at Kursk' },
      { date: 'May 1945', text: 'the final demise of the Third Reich in Berlin in May 1945' },
    ]
    const wrapper = mount(Timeline, { props: { events }, global: { directives: { click: vClickStub } } })
    const items = wrapper.findAll('li')
    expect(items.map(li => li.find('.date').text())).toEqual(['August 23, 1942', '', 'May 1945'])
    expect(items.map(li => li.find('.text').text())).toEqual(events.map(e => e.text))
    expect(items.every(li => li.classes('slidev-vclick-target'))).toBe(true)
  })
})
