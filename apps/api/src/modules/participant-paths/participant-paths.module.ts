import { Module } from '@nestjs/common';
import { PathLoader } from './path-loader.js';

/**
 * Members' recovery paths (the domain's participantPath over their tagged contributions and recognitions),
 * for insight and for mentor matching alike. Its own module so neither has to import the other.
 * It reads the views their owners publish: `contribution_facts` and `recognition_evidence` (contributions')
 * and `getuigenis_confirmation_facts` (mentors').
 */
@Module({
  providers: [PathLoader],
  exports: [PathLoader],
})
export class ParticipantPathsModule {}
