import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { MESSAGE_MAX_CHARS } from '@spiegel/domain';
import { screen } from '@testing-library/react';
import { SocketContext } from '../../../lib/socket';
import { buildMe, buildSession, ROOM_ID } from '../../../testing/builders';
import { createFakeSocket } from '../../../testing/fake-socket';
import { renderWithProviders } from '../../../testing/render';
import { draftStore } from '../lib/drafts';
import { outboxStore } from '../lib/outbox';
import { Composer } from './composer';

function renderComposer() {
  const fake = createFakeSocket();
  const result = renderWithProviders(
    <SocketContext value={fake.socket}>
      <Composer roomId={ROOM_ID} roomName="Groep Voorjaar" />
    </SocketContext>,
    { session: buildSession(buildMe()) },
  );
  return { ...result, fake };
}

/** A phone: jsdom has no matchMedia, so the touch query is answered here (and removed after). */
function pretendTouchScreen(touch: boolean) {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (media: string) => ({
      media,
      matches: touch && media.includes('pointer: coarse'),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  });
}

beforeEach(() => {
  draftStore.set({});
  outboxStore.set([]);
});

afterEach(() => {
  Reflect.deleteProperty(window, 'matchMedia');
});

describe('Composer', () => {
  it('should send on Enter and keep Shift+Enter for a new line', async () => {
    const { user, fake } = renderComposer();
    const box = screen.getByRole('textbox', { name: 'Je bericht aan Groep Voorjaar' });
    await user.type(box, 'Eerste regel{Shift>}{Enter}{/Shift}tweede regel');
    expect(box).toHaveValue('Eerste regel\ntweede regel');
    expect(fake.sentOf('contribution:send')).toHaveLength(0);
    await user.keyboard('{Enter}');
    expect(fake.sentOf('contribution:send')[0]?.payload).toMatchObject({
      body: 'Eerste regel\ntweede regel',
    });
    expect(box).toHaveValue('');
  });

  it('should make a new line on Enter on a touch screen, and send with the button', async () => {
    pretendTouchScreen(true);
    const { user, fake } = renderComposer();
    const box = screen.getByRole('textbox', { name: 'Je bericht aan Groep Voorjaar' });
    expect(
      screen.getByText('Enter geeft een nieuwe regel. Versturen doe je met de knop.'),
    ).toBeInTheDocument();
    await user.type(box, 'Eerste regel{Enter}tweede regel');
    expect(box).toHaveValue('Eerste regel\ntweede regel');
    expect(fake.sentOf('contribution:send')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(fake.sentOf('contribution:send')[0]?.payload).toMatchObject({
      body: 'Eerste regel\ntweede regel',
    });
    expect(box).toHaveValue('');
  });

  it('should keep Enter to send with a mouse and keyboard', async () => {
    pretendTouchScreen(false);
    const { user, fake } = renderComposer();
    const box = screen.getByRole('textbox', { name: 'Je bericht aan Groep Voorjaar' });
    expect(screen.getByText('Enter verstuurt, Shift+Enter geeft een nieuwe regel.')).toBeInTheDocument();
    await user.type(box, 'Hallo{Enter}');
    expect(fake.sentOf('contribution:send')).toHaveLength(1);
  });

  it('should not send an empty message, and say so', async () => {
    const { user, fake } = renderComposer();
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(screen.getByText('Schrijf eerst iets.')).toBeInTheDocument();
    expect(fake.sentOf('contribution:send')).toHaveLength(0);
  });

  it('should count characters up to 4000, refuse more without cutting text, and offer the story mode', async () => {
    const { user, fake } = renderComposer();
    const box = screen.getByRole('textbox', { name: 'Je bericht aan Groep Voorjaar' });
    await user.click(box);
    await user.paste('a'.repeat(MESSAGE_MAX_CHARS));
    expect(screen.getByText('4.000 / 4.000')).toBeInTheDocument();
    await user.paste('bc');
    expect(box).toHaveValue(`${'a'.repeat(MESSAGE_MAX_CHARS)}bc`);
    expect(screen.getByText('2 tekens te veel')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(
      screen.getByText('Je bericht is 2 tekens te lang. Deel het als verhaal; daar past meer in.'),
    ).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(fake.sentOf('contribution:send')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Als verhaal delen' }));
    expect(screen.getByRole('button', { name: 'Verhaal delen', pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Je verhaal' })).toHaveValue(
      `${'a'.repeat(MESSAGE_MAX_CHARS)}bc`,
    );
    expect(screen.getByText('4.002 / 20.000')).toBeInTheDocument();
  });

  it('should ask a story for a title, and send it as a story with Ctrl+Enter', async () => {
    const { user, fake } = renderComposer();
    await user.click(screen.getByRole('button', { name: 'Verhaal delen' }));
    const body = screen.getByRole('textbox', { name: 'Je verhaal' });
    await user.type(body, 'Alinea een{Enter}{Enter}Alinea twee');
    expect(fake.sentOf('contribution:send')).toHaveLength(0);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByText('Geef je verhaal een titel.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Titel van je verhaal' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Titel van je verhaal' }), 'Mijn weg');
    await user.click(screen.getByRole('button', { name: 'Verhaal plaatsen' }));
    expect(fake.sentOf('contribution:send')[0]?.payload).toMatchObject({
      kind: 'story',
      title: 'Mijn weg',
      body: 'Alinea een\n\nAlinea twee',
    });
  });

  it('should keep what was written when the composer is opened again', async () => {
    const { user, unmount } = renderComposer();
    await user.type(screen.getByRole('textbox', { name: 'Je bericht aan Groep Voorjaar' }), 'Half af');
    unmount();
    renderComposer();
    expect(screen.getByRole('textbox', { name: 'Je bericht aan Groep Voorjaar' })).toHaveValue('Half af');
  });
});
