import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import Photo from '../../components/Photo.vue'

describe('Photo', () => {
  it('shows a photo that is in public/ with its alt text, caption, credit and focal point', () => {
    const wrapper = mount(Photo, { props: { src: 'photos/present.png', alt: 'Soldiers in the snow', caption: 'Red Army troops celebrate victory at Stalingrad.', credit: '(TML Archives. Colourized photos: Klimbim.)', focal: '30% 40%' } })
    const img = wrapper.find('img')
    expect(img.attributes('src')).toBe('/photos/present.png')
    expect(img.attributes('alt')).toBe('Soldiers in the snow')
    expect(img.attributes('style')).toContain('object-position: 30% 40%')
    // The whole photograph is shown unless the plan asks to fill the frame.
    expect(img.attributes('style')).toContain('object-fit: contain')
    expect(wrapper.find('.caption').text()).toBe('Red Army troops celebrate victory at Stalingrad.')
    expect(wrapper.find('.credit').text()).toBe('(TML Archives. Colourized photos: Klimbim.)')
  })

  it('stands in a captioned card for a missing file, never requests it, and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const props = { src: 'photos/not-here.jpg', alt: 'Troops at Stalingrad', caption: 'Soviet Red Army troops at Stalingrad. Far left: famed Soviet sniper Vasily Zaitsev.', credit: '(TML Archives. Colourized photos: Klimbim.)' }
    const first = mount(Photo, { props })
    mount(Photo, { props })
    expect(first.find('img').exists()).toBe(false)
    const card = first.find('.stand-in')
    expect(card.attributes('role')).toBe('img')
    expect(card.attributes('aria-label')).toBe('Troops at Stalingrad')
    expect(card.text()).toContain('Far left: famed Soviet sniper Vasily Zaitsev.')
    expect(first.find('.credit').text()).toBe('(TML Archives. Colourized photos: Klimbim.)')
    expect(card.find('.stand-in-note').text()).toBe('Archive photograph')
    expect(mount(Photo, { props: { ...props, note: 'Photographie d’archives' } }).find('.stand-in-note').text()).toBe('Photographie d’archives')
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0][0]).toContain('public/photos/not-here.jpg')
    warn.mockRestore()
  })
})
