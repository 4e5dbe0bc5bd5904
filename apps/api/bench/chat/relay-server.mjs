// The chat benchmark's baseline: a bare socket.io relay on loopback. No authentication, no database:
// a client joins the room named in its handshake, and every 'contribution:send' is acknowledged and
// broadcast to the other sockets of that room with a payload shaped like the API's ContributionView.
import http from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.RELAY_PORT);
const httpServer = http.createServer((req, res) => {
  res.writeHead(req.url === '/health' ? 200 : 404, { 'content-type': 'application/json' });
  res.end('{"status":"ok"}');
});
// The same socket.io options the API uses (apps/api/src/realtime/socket-io.adapter.ts).
const io = new Server(httpServer, {
  path: '/socket.io',
  serveClient: false,
  maxHttpBufferSize: 1024 * 1024,
  pingInterval: 20_000,
  pingTimeout: 20_000,
});
const seqs = new Map();

io.on('connection', (socket) => {
  const room = String(socket.handshake.query.room ?? '');
  const member = String(socket.handshake.query.member ?? socket.id);
  socket.join(`room:${room}`);
  socket.emit('session:ready', { membershipId: member, organisationId: 'relay' });
  socket.on('contribution:send', (input, ack) => {
    if (typeof ack !== 'function' || !input || typeof input !== 'object') return;
    const seq = (seqs.get(room) ?? 0) + 1;
    seqs.set(room, seq);
    const view = {
      id: String(seq),
      roomId: room,
      seq,
      clientId: input.clientId,
      kind: input.kind,
      author: { membershipId: member, displayName: member, avatarColor: '#2f6f73' },
      title: null,
      body: input.body,
      replyToId: null,
      replyCount: 0,
      createdAt: new Date().toISOString(),
      editedAt: null,
      deleted: false,
      hidden: null,
      reactions: [],
    };
    socket.to(`room:${room}`).emit('contribution:new', view);
    ack({ ok: true, data: { contribution: view, duplicate: false, crisis: 'none' } });
  });
});

httpServer.listen(port, '127.0.0.1');
const stop = () => io.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
