import type { AddCommentRequest } from '@lagspill/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { COMMENT_VISIBILITIES, type CommentVisibility } from '@lagspill/domain';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { MAX_TEXT_LENGTH, NOT_BLANK, NOT_BLANK_MESSAGE } from '../shared/free-text';

export class AddCommentRequestDto implements AddCommentRequest {
  @ApiProperty({ description: 'The comment (free text; identity numbers are held back)', maxLength: MAX_TEXT_LENGTH })
  @Matches(NOT_BLANK, { message: NOT_BLANK_MESSAGE })
  @MaxLength(MAX_TEXT_LENGTH)
  @IsString()
  body!: string;

  @ApiProperty({ enum: COMMENT_VISIBILITIES, description: 'internal: only the current party and coordinators' })
  @IsIn(COMMENT_VISIBILITIES)
  visibility!: CommentVisibility;
}
