import { Module } from '@nestjs/common';
import { PathLoader } from './path-loader.js';

/**
 * Members' recovery paths (the domain's participantPath over their tagged contributions and recognitions),
 * for insight and for mentor matching alike. Its own module so neither has to import the other.
 * It reads the views `contribution_facts` and `recognition_evidence` (contributions') and `getuigenis_confirmations` (mentors')
 * until their owners export a read.
 */
@Module({
  providers: [PathLoader],
  exports: [PathLoader],
})
export class ParticipantPathsModule {}
