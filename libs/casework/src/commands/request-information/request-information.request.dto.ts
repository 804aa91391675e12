import type { RequestInformationRequest } from '@lagspill/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { MAX_TEXT_LENGTH, NOT_BLANK, NOT_BLANK_MESSAGE } from '../shared/free-text';

export class RequestInformationRequestDto implements RequestInformationRequest {
  @ApiProperty({
    description: 'What the reporter is asked (free text; identity numbers are held back)',
    maxLength: MAX_TEXT_LENGTH,
  })
  @Matches(NOT_BLANK, { message: NOT_BLANK_MESSAGE })
  @MaxLength(MAX_TEXT_LENGTH)
  @IsString()
  question!: string;
}
